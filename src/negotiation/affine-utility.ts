import type { Issue, Outcome } from './issue.ts';
import type { UtilityFunction } from './utility-function.ts';

export interface AffineUtilityOptions {
  /** Weight per issue name. Omitted: 1/n for each of `issues` (negotiation.md A.5). */
  readonly weights?: Readonly<Record<string, number>>;
  /** Needed only when `weights` is omitted. */
  readonly issues?: readonly Issue[];
  /** The constant b (0 gives NegMAS's linear utility). */
  readonly bias?: number;
  /** Utility of no agreement (default -Infinity, as NegMAS). */
  readonly reservedValue?: number;
}

/**
 * Affine utility u(ω) = b + Σ_i w_i · ω_i on raw numeric issue values (negotiation.md A.5). Every
 * weighted issue must hold a number; a string value throws.
 */
export class AffineUtility implements UtilityFunction<Outcome> {
  readonly weights: Readonly<Record<string, number>>;
  readonly bias: number;
  readonly reservedValue: number;
  readonly #names: readonly string[];
  readonly #w: Float64Array;

  constructor(options: AffineUtilityOptions) {
    let weights = options.weights;
    if (weights === undefined) {
      const issues = options.issues;
      if (issues === undefined || issues.length === 0) {
        throw new RangeError('AffineUtility needs weights or a non-empty list of issues');
      }
      const w: Record<string, number> = {};
      for (const issue of issues) w[issue.name] = 1 / issues.length;
      weights = w;
    }
    this.#names = Object.keys(weights);
    this.#w = Float64Array.from(this.#names, (name) => {
      const w = weights[name];
      if (w === undefined || !Number.isFinite(w))
        throw new RangeError(`weight of issue '${name}' must be finite`);
      return w;
    });
    this.weights = { ...weights };
    this.bias = options.bias ?? 0;
    if (!Number.isFinite(this.bias)) throw new RangeError(`bias must be finite, got ${this.bias}`);
    this.reservedValue = options.reservedValue ?? -Infinity;
  }

  eval(outcome: Outcome | null): number {
    if (outcome === null) return this.reservedValue;
    let u = this.bias;
    for (let k = 0; k < this.#names.length; k++) {
      const name = this.#names[k] as string;
      const x = outcome[name];
      if (typeof x !== 'number')
        throw new TypeError(`AffineUtility needs a numeric value for issue '${name}'`);
      u += (this.#w[k] as number) * x;
    }
    return u;
  }
}

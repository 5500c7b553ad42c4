import { type Issue, type IssueValue, type Outcome, issueValues } from './issue.ts';
import type { UtilityFunction } from './utility-function.ts';

/** A value table: evaluation per issue value, keyed by `String(value)` (JSON-friendly). */
export interface ValueTable {
  readonly kind: 'table';
  readonly values: Readonly<Record<string, number>>;
}

/** A linear value function of a numeric issue value: v(x) = offset + slope · x. */
export interface LinearValue {
  readonly kind: 'linear';
  readonly slope: number;
  readonly offset?: number;
}

/** A per-issue value function v_i (negotiation.md A.5): a table, a linear map, or any function. */
export type ValueFunction = ValueTable | LinearValue | ((value: IssueValue) => number);

/**
 * JSON form of a linear additive utility. 'linear-additive' holds the value functions as they are;
 * 'genius' holds raw GENIUS evaluations (positive numbers) that are divided by each issue's maximum
 * evaluation on load (negotiation.md A.5, D.1).
 */
export type LinearAdditiveSpec =
  | {
      readonly type: 'linear-additive';
      readonly weights: Readonly<Record<string, number>>;
      readonly values: Readonly<Record<string, ValueTable | LinearValue>>;
      readonly bias?: number;
    }
  | {
      readonly type: 'genius';
      readonly weights: Readonly<Record<string, number>>;
      readonly evaluations: Readonly<Record<string, Readonly<Record<string, number>>>>;
    };

export interface LinearAdditiveUtilityOptions {
  readonly issues: readonly Issue[];
  /** Weight w_i per issue name; every issue needs one. */
  readonly weights: Readonly<Record<string, number>>;
  /** Value function v_i per issue name; every issue needs one. */
  readonly values: Readonly<Record<string, ValueFunction>>;
  /** Constant added to the sum (default 0). */
  readonly bias?: number;
  /** Utility of no agreement (default -Infinity, as NegMAS). */
  readonly reservedValue?: number;
}

/** A GENIUS additive profile: issue weights and raw evaluations per discrete value. */
export interface GeniusProfile {
  readonly weights: Readonly<Record<string, number>>;
  readonly evaluations: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly reservedValue?: number;
}

/**
 * Linear additive utility u(ω) = b + Σ_i w_i · v_i(ω_i), the GENIUS "additive utility space"
 * (negotiation.md A.5). Tables are checked against the issues when built: every value needs a finite
 * evaluation and no unknown value may appear. Evaluating a value outside the table throws.
 */
export class LinearAdditiveUtility implements UtilityFunction<Outcome> {
  readonly issues: readonly Issue[];
  readonly weights: Readonly<Record<string, number>>;
  readonly values: Readonly<Record<string, ValueFunction>>;
  readonly bias: number;
  readonly reservedValue: number;
  readonly #names: readonly string[];
  readonly #w: Float64Array;
  readonly #v: readonly ((value: IssueValue) => number)[];

  constructor(options: LinearAdditiveUtilityOptions) {
    const { issues, weights, values } = options;
    if (issues.length === 0) throw new RangeError('LinearAdditiveUtility needs at least one issue');
    checkKeys('weights', weights, issues);
    checkKeys('values', values, issues);
    this.issues = issues.slice();
    this.weights = { ...weights };
    this.values = { ...values };
    this.bias = options.bias ?? 0;
    if (!Number.isFinite(this.bias)) throw new RangeError(`bias must be finite, got ${this.bias}`);
    this.reservedValue = options.reservedValue ?? -Infinity;
    this.#names = issues.map((i) => i.name);
    this.#w = Float64Array.from(issues, (i) => {
      const w = weights[i.name] as number;
      if (!Number.isFinite(w)) throw new RangeError(`weight of issue '${i.name}' must be finite, got ${w}`);
      return w;
    });
    this.#v = issues.map((i) => compileValueFunction(i, values[i.name] as ValueFunction));
  }

  /**
   * A utility with GENIUS semantics (negotiation.md A.5): each evaluation is divided by its issue's
   * maximum evaluation, so values lie in (0, 1]; weights are used as given (GENIUS files sum to 1).
   */
  static fromGenius(issues: readonly Issue[], profile: GeniusProfile): LinearAdditiveUtility {
    checkKeys('evaluations', profile.evaluations, issues);
    const values: Record<string, ValueTable> = {};
    for (const issue of issues) {
      const raw = profile.evaluations[issue.name] as Readonly<Record<string, number>>;
      let max = -Infinity;
      for (const e of Object.values(raw)) max = Math.max(max, e);
      if (!(max > 0) || !Number.isFinite(max)) {
        throw new RangeError(
          `GENIUS evaluations of issue '${issue.name}' need a finite positive maximum, got ${max}`,
        );
      }
      const table: Record<string, number> = {};
      for (const [key, e] of Object.entries(raw)) table[key] = e / max;
      values[issue.name] = { kind: 'table', values: table };
    }
    const options: LinearAdditiveUtilityOptions = { issues, weights: profile.weights, values };
    return new LinearAdditiveUtility(
      profile.reservedValue === undefined ? options : { ...options, reservedValue: profile.reservedValue },
    );
  }

  /** Builds a utility from its JSON form; 'genius' specs are normalised as `fromGenius` does. */
  static fromSpec(
    issues: readonly Issue[],
    spec: LinearAdditiveSpec,
    reservedValue?: number,
  ): LinearAdditiveUtility {
    const r = reservedValue === undefined ? {} : { reservedValue };
    if (spec.type === 'genius') return LinearAdditiveUtility.fromGenius(issues, { ...spec, ...r });
    return new LinearAdditiveUtility({
      issues,
      weights: spec.weights,
      values: spec.values,
      bias: spec.bias ?? 0,
      ...r,
    });
  }

  /** The same preferences with another reserved value. */
  withReservedValue(reservedValue: number): LinearAdditiveUtility {
    return new LinearAdditiveUtility({
      issues: this.issues,
      weights: this.weights,
      values: this.values,
      bias: this.bias,
      reservedValue,
    });
  }

  /** The JSON form ('linear-additive'); throws when a value function is a plain JS function. */
  toSpec(): LinearAdditiveSpec {
    const values: Record<string, ValueTable | LinearValue> = {};
    for (const [name, v] of Object.entries(this.values)) {
      if (typeof v === 'function')
        throw new TypeError(`value function of issue '${name}' is not serialisable`);
      values[name] = v;
    }
    const spec = { type: 'linear-additive' as const, weights: { ...this.weights }, values };
    return this.bias === 0 ? spec : { ...spec, bias: this.bias };
  }

  eval(outcome: Outcome | null): number {
    if (outcome === null) return this.reservedValue;
    let u = this.bias;
    const names = this.#names;
    for (let k = 0; k < names.length; k++) {
      const value = outcome[names[k] as string];
      if (value === undefined) throw new RangeError(`outcome has no value for issue '${names[k]}'`);
      u += (this.#w[k] as number) * (this.#v[k] as (value: IssueValue) => number)(value);
    }
    return u;
  }
}

function checkKeys(what: string, record: Readonly<Record<string, unknown>>, issues: readonly Issue[]): void {
  const names = new Set(issues.map((i) => i.name));
  for (const issue of issues) {
    if (record[issue.name] === undefined)
      throw new RangeError(`${what} has no entry for issue '${issue.name}'`);
  }
  for (const key of Object.keys(record)) {
    if (!names.has(key)) throw new RangeError(`${what} has an entry for unknown issue '${key}'`);
  }
}

function compileValueFunction(issue: Issue, v: ValueFunction): (value: IssueValue) => number {
  if (typeof v === 'function') return v;
  if (v.kind === 'linear') {
    const { slope } = v;
    const offset = v.offset ?? 0;
    if (!Number.isFinite(slope) || !Number.isFinite(offset)) {
      throw new RangeError(`linear value function of issue '${issue.name}' needs a finite slope and offset`);
    }
    return (x) => {
      if (typeof x !== 'number')
        throw new TypeError(`issue '${issue.name}' has a linear value function but got '${x}'`);
      return offset + slope * x;
    };
  }
  if (issue.kind === 'continuous' && issue.min !== issue.max) {
    throw new RangeError(`continuous issue '${issue.name}' cannot have a value table`);
  }
  const map = new Map<IssueValue, number>();
  for (const x of issueValues(issue)) {
    const e = v.values[String(x)];
    if (e === undefined || !Number.isFinite(e)) {
      throw new RangeError(`value table of issue '${issue.name}' needs a finite evaluation for '${x}'`);
    }
    map.set(x, e);
  }
  if (Object.keys(v.values).length !== map.size) {
    throw new RangeError(`value table of issue '${issue.name}' has entries for values outside the issue`);
  }
  return (x) => {
    const e = map.get(x);
    if (e === undefined) throw new RangeError(`value '${x}' is not in issue '${issue.name}'`);
    return e;
  };
}

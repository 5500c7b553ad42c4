// negotiation.md B.1 (NegMAS 0.11.6 `PolyAspiration`, `ExpAspiration`, src/negmas/negotiators/helpers.py):
// relative aspiration a(t) in [0, a_max] as a function of relative time t.

/** A relative aspiration curve: t in [0, 1] to a(t). */
export type AspirationCurve = (t: number) => number;

/** Named exponents of the polynomial curve a(t) = a_max (1 - t^e): larger e concedes later (B.1). */
export const POLY_EXPONENTS = { boulware: 4, linear: 1, conceder: 0.25, hardheaded: Infinity } as const;

/** Named exponents of the exponential curve: here a smaller x concedes later (B.1); hardheaded x = 0 (our choice). */
export const EXP_EXPONENTS = { boulware: 0.125, linear: 0.725, conceder: 4, hardheaded: 0 } as const;

/** A named aspiration type. */
export type AspirationName = keyof typeof POLY_EXPONENTS;

export interface AspirationCurveOptions {
  /** 'polynomial' (default, used by every built-in negotiator) or 'exponential'. */
  readonly form?: 'polynomial' | 'exponential';
  /** A name or a number; default 'boulware'. */
  readonly exponent?: number | AspirationName;
  /** a_max; default 1. */
  readonly maxAspiration?: number;
}

const E_MINUS_1 = Math.E - 1;

/**
 * The aspiration curve of negotiation.md B.1: polynomial a(t) = a_max (1 - t^e) or exponential
 * a(t) = a_max (exp((1 - t)^x) - 1) / (e - 1). t is clamped to [0, 1]; a hardheaded curve never concedes.
 *
 * @example
 * aspirationCurve({ exponent: 'boulware' })(0.5); // 0.9375
 */
export function aspirationCurve(options: AspirationCurveOptions = {}): AspirationCurve {
  const form = options.form ?? 'polynomial';
  const aMax = options.maxAspiration ?? 1;
  const named = options.exponent ?? 'boulware';
  if (form === 'polynomial') {
    const e = typeof named === 'number' ? named : POLY_EXPONENTS[named];
    if (!(e >= 0)) throw new RangeError(`a polynomial aspiration exponent must be >= 0, got ${e}`);
    if (e === Infinity) return () => aMax;
    return (t) => aMax * (1 - Math.pow(clamp01(t), e));
  }
  const x = typeof named === 'number' ? named : EXP_EXPONENTS[named];
  if (!(x >= 0) || x === Infinity)
    throw new RangeError(`an exponential aspiration exponent must be finite and >= 0, got ${x}`);
  return (t) => (aMax * (Math.exp(Math.pow(1 - clamp01(t), x)) - 1)) / E_MINUS_1;
}

function clamp01(t: number): number {
  return t < 0 ? 0 : t > 1 ? 1 : t;
}

import { kolmogorovSurvival } from './kolmogorov-survival.ts';
import { smirnovExactP } from './smirnov-exact-p.ts';

/** How the p-value is computed; 'auto' mirrors scipy's `ks_2samp` choice. */
export type KsMethod = 'auto' | 'exact' | 'asymptotic';

export interface KsTwoSampleOptions {
  /** Default 'auto': exact when both samples have at most 10,000 values (scipy's MAX_AUTO_N). */
  readonly method?: KsMethod;
}

/** Result of a two-sided two-sample Kolmogorov–Smirnov test. */
export interface KsTwoSampleResult {
  /** Largest absolute difference of the two empirical CDFs. */
  readonly d: number;
  /** Two-sided p-value. */
  readonly p: number;
  /** The method that produced p. */
  readonly method: 'exact' | 'asymptotic';
}

const MAX_EXACT_SIZE = 10_000;

/**
 * Two-sided two-sample Kolmogorov–Smirnov test, like `scipy.stats.ks_2samp(a, b)`. The exact
 * p-value is the null distribution of D over merge orders (`smirnovExactP`); the asymptotic one is
 * the limiting Kolmogorov distribution Q(√(n1·n2/(n1+n2))·D), Smirnov's classic formula (scipy ≥ 1.5
 * instead uses the one-sample `kstwo` law at n = round(n1·n2/(n1+n2)); the two agree as n grows,
 * and 'auto' only goes asymptotic past 10,000 values per side). Tied values are handled as scipy
 * does: D is measured on the ECDFs with ties, p assumes no ties. An empty side, or NaN anywhere
 * (scipy's default `nan_policy='propagate'`), gives D = p = NaN.
 *
 * @example
 * ksTwoSample([1, 2, 3], [4, 5, 6]); // { d: 1, p: 0.1, method: 'exact' }
 */
export function ksTwoSample(
  a: readonly number[],
  b: readonly number[],
  options: KsTwoSampleOptions = {},
): KsTwoSampleResult {
  const { method = 'auto' } = options;
  const n1 = a.length;
  const n2 = b.length;
  const exact = method === 'exact' || (method === 'auto' && Math.max(n1, n2) <= MAX_EXACT_SIZE);
  const used = exact ? 'exact' : 'asymptotic';
  // NaN would also stall the merge walk below.
  if (n1 === 0 || n2 === 0 || a.some(Number.isNaN) || b.some(Number.isNaN)) {
    return { d: NaN, p: NaN, method: used };
  }
  const d = ecdfDistance(a, b);
  const p = exact ? smirnovExactP(d, { n1, n2 }) : kolmogorovSurvival(Math.sqrt((n1 * n2) / (n1 + n2)) * d);
  return { d, p, method: used };
}

// max |F_a − F_b| over every data value, in integer units of 1 / (n1·n2) until the final division.
function ecdfDistance(a: readonly number[], b: readonly number[]): number {
  const x = [...a].sort((u, v) => u - v);
  const y = [...b].sort((u, v) => u - v);
  const n1 = x.length;
  const n2 = y.length;
  let i = 0;
  let j = 0;
  let widest = 0;
  while (i < n1 || j < n2) {
    const value = Math.min(x[i] ?? Infinity, y[j] ?? Infinity);
    while (i < n1 && (x[i] ?? Infinity) <= value) i++;
    while (j < n2 && (y[j] ?? Infinity) <= value) j++;
    widest = Math.max(widest, Math.abs(i * n2 - j * n1));
  }
  return widest / (n1 * n2);
}

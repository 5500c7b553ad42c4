import { sortedMean } from './sorted-mean.ts';
import { studentTTwoSidedP } from './student-t-two-sided-p.ts';

/** Result of a two-sided two-sample t-test. */
export interface TTestResult {
  /** (mean(a) − mean(b)) / sqrt(var(a)/n_a + var(b)/n_b). */
  readonly t: number;
  /** Welch–Satterthwaite degrees of freedom (real-valued). */
  readonly df: number;
  /** Two-sided p-value. */
  readonly p: number;
}

/**
 * Welch's two-sample t-test (unequal variances, two-sided), as `scipy.stats.ttest_ind(a, b,
 * equal_var=False)`. NaN in either sample propagates to t, df and p. Degenerate cases:
 * - fewer than two values on either side: t, df and p are NaN (no sample variance);
 * - both variances zero: df is NaN (scipy reports 1 there, an arbitrary stand-in); equal means give
 *   t = p = NaN, different means give t = ±Infinity and p = 0, as in scipy.
 *
 * @example
 * welchTTest([1, 2, 3], [1, 2, 3]); // { t: 0, df: 4, p: 1 }
 */
export function welchTTest(a: readonly number[], b: readonly number[]): TTestResult {
  const na = a.length;
  const nb = b.length;
  if (na < 2 || nb < 2) return { t: NaN, df: NaN, p: NaN };
  // Sorted copies: equal multisets give bit-equal means, so equal samples give t = 0 exactly.
  const sa = [...a].sort((x, y) => x - y);
  const sb = [...b].sort((x, y) => x - y);
  const ma = sortedMean(sa);
  const mb = sortedMean(sb);
  const va = sampleVariance(sa, ma) / na;
  const vb = sampleVariance(sb, mb) / nb;
  const se2 = va + vb;
  const t = (ma - mb) / Math.sqrt(se2);
  if (se2 === 0) return { t, df: NaN, p: Number.isNaN(t) ? NaN : 0 };
  const df = se2 ** 2 / (va ** 2 / (na - 1) + vb ** 2 / (nb - 1));
  return { t, df, p: studentTTwoSidedP(t, df) };
}

function sampleVariance(values: readonly number[], m: number): number {
  let squares = 0;
  for (const x of values) squares += (x - m) ** 2;
  return squares / (values.length - 1);
}

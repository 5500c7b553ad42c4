import tCdf from '@stdlib/stats-base-dists-t-cdf';

/**
 * Two-sided p-value P(|T| ≥ |t|) of Student's t distribution with `df` (real, > 0) degrees of
 * freedom. The only file that touches the statistics package, so it can be swapped here.
 * Evaluated as 2·F(−|t|), which keeps tiny p-values accurate (no 1 − F cancellation).
 *
 * @example
 * studentTTwoSidedP(2.2281388519649385, 10); // ≈ 0.05
 */
export function studentTTwoSidedP(t: number, df: number): number {
  if (Number.isNaN(t) || Number.isNaN(df) || df <= 0) return NaN;
  return Math.min(1, 2 * tCdf(-Math.abs(t), df));
}

/**
 * Arithmetic mean of ascending, NaN-free values: compensated (Neumaier) summation in sorted order,
 * so equal multisets give bit-identical means whatever their original order (ties in the ranking
 * stay ties), clamped to [first, last] so rounding never puts the mean outside the data. NaN for
 * an empty input.
 */
export function sortedMean(sorted: readonly number[]): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  let sum = 0;
  let compensation = 0;
  for (const x of sorted) {
    const next = sum + x;
    compensation += Math.abs(sum) >= Math.abs(x) ? sum - next + x : x - next + sum;
    sum = next;
  }
  // Infinite data (or overflow) give an infinite or NaN sum; the compensation is meaningless then.
  if (!Number.isFinite(sum)) return sum / n;
  const mean = (sum + compensation) / n;
  return Math.min(Math.max(mean, sorted[0] ?? mean), sorted[n - 1] ?? mean);
}

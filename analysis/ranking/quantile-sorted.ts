/**
 * The q-quantile (0 ≤ q ≤ 1) of ascending, NaN-free values by linear interpolation between order
 * statistics: numpy's default `method='linear'` (R type 7), including numpy's two-sided lerp so
 * results match `np.quantile` to the last bit. NaN for an empty input.
 *
 * @example
 * quantileSorted([1, 2, 3, 4], 0.25); // 1.75
 */
export function quantileSorted(sorted: readonly number[], q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const index = (n - 1) * q;
  const below = Math.min(Math.max(Math.floor(index), 0), n - 1);
  const above = Math.min(below + 1, n - 1);
  const a = sorted[below] ?? NaN;
  const b = sorted[above] ?? NaN;
  const t = index - below;
  // numpy `_lerp`: interpolate from the nearer end, so t = 1 gives exactly b.
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

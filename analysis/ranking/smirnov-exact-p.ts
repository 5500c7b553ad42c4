/** Sizes of the two samples of a two-sample Kolmogorov–Smirnov test. */
export interface SampleSizes {
  readonly n1: number;
  readonly n2: number;
}

/**
 * Exact two-sided p-value P(D ≥ d) of the two-sample Kolmogorov–Smirnov statistic under the null
 * hypothesis (no ties), as scipy's `ks_2samp(method='exact')`. The ECDF difference after i values
 * of sample 1 and j of sample 2 is |i·n2 − j·n1| / (n1·n2); under the null every merge order is a
 * uniformly random lattice path from (0, 0) to (n1, n2), and p is the probability that the path
 * touches a point with difference ≥ d. It pushes probability mass (not path counts, which
 * overflow) through the band of points below d and sums the mass that leaves it, so p is a sum of
 * positive terms with no 1 − x cancellation. O(d·n1·n2) time, O(n2) memory.
 *
 * @example
 * smirnovExactP(1, { n1: 3, n2: 3 }); // 0.1: only 2 of the C(6, 3) = 20 orders separate fully
 */
export function smirnovExactP(d: number, sizes: SampleSizes): number {
  const { n1, n2 } = sizes;
  if (!(n1 > 0 && n2 > 0) || Number.isNaN(d)) return NaN;
  // Like scipy: snap d to the lattice h / lcm(n1, n2); the reach threshold on |i·n2 − j·n1| is h·g.
  const g = gcd(n1, n2);
  const h = Math.round(d * (n1 / g) * n2);
  if (h <= 0) return 1;
  const reach = h * g;
  const inside = (i: number, j: number): boolean => Math.abs(i * n2 - j * n1) < reach;
  let current = new Float64Array(n2 + 1);
  let next = new Float64Array(n2 + 1);
  current[0] = 1;
  let outside = 0;
  for (let i = 0; i <= n1; i++) {
    // Points of column i inside the band: (i·n2 − reach) / n1 < j < (i·n2 + reach) / n1.
    const lo = Math.max(0, Math.floor((i * n2 - reach) / n1) + 1);
    const hi = Math.min(n2, Math.ceil((i * n2 + reach) / n1) - 1);
    for (let j = lo; j <= hi; j++) {
      const mass = current[j] ?? 0;
      if (mass === 0) continue;
      current[j] = 0; // consumed, so both buffers are all zeros again when they swap
      const rest1 = n1 - i;
      const rest2 = n2 - j;
      const rest = rest1 + rest2;
      if (rest === 0) continue;
      if (rest1 > 0) {
        const step = (mass * rest1) / rest;
        if (inside(i + 1, j)) next[j] = (next[j] ?? 0) + step;
        else outside += step;
      }
      if (rest2 > 0) {
        const step = (mass * rest2) / rest;
        if (inside(i, j + 1)) current[j + 1] = (current[j + 1] ?? 0) + step;
        else outside += step;
      }
    }
    [current, next] = [next, current];
  }
  return Math.min(1, outside);
}

function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

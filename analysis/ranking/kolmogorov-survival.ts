/**
 * Survival function Q(λ) = P(K > λ) of the limiting Kolmogorov distribution (scipy's `kstwobign.sf`):
 * Q(λ) = 2 Σ_{k≥1} (−1)^(k−1) exp(−2k²λ²). For small λ, where that series converges slowly, it uses
 * the dual form 1 − (√(2π)/λ) Σ_{k≥1} exp(−(2k−1)²π²/(8λ²)) instead (both converge within a few terms).
 *
 * @example
 * kolmogorovSurvival(1.3580986393225507); // ≈ 0.05
 */
export function kolmogorovSurvival(lambda: number): number {
  if (Number.isNaN(lambda)) return NaN;
  if (lambda <= 0) return 1;
  if (lambda < 1.18) {
    const y = Math.exp((-Math.PI * Math.PI) / (8 * lambda * lambda));
    let sum = 0;
    for (let k = 1; k <= 50; k++) {
      const term = y ** ((2 * k - 1) ** 2);
      sum += term;
      if (term <= sum * 1e-17) break;
    }
    return Math.min(1, Math.max(0, 1 - (Math.sqrt(2 * Math.PI) / lambda) * sum));
  }
  let sum = 0;
  for (let k = 1; k <= 50; k++) {
    const term = Math.exp(-2 * k * k * lambda * lambda);
    sum += k % 2 === 1 ? term : -term;
    if (term <= sum * 1e-17) break;
  }
  return Math.min(1, Math.max(0, 2 * sum));
}

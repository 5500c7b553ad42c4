import { effectiveReservedValues } from './effective-reserved-values.ts';
import { paretoFrontier } from './pareto-frontier.ts';
import type { SolutionOptions, SolutionPoint } from './solution-point.ts';
import { utilityBounds } from './utility-bounds.ts';
import type { UtilityVector } from './utility-vectors.ts';

/**
 * The Nash bargaining point (negotiation.md A.6): the frontier outcome maximising Π_i (u_i − r_i).
 * Only individually rational outcomes (u_i ≥ r_i for all i) compete (our choice: a product of two
 * negative gains must not win); null when there is none. Ties go to the lowest outcome index.
 */
export function nashPoint(
  utilityVectors: readonly UtilityVector[],
  options: SolutionOptions = {},
): SolutionPoint | null {
  if (utilityVectors.length === 0) return null;
  const r = effectiveReservedValues(utilityBounds(utilityVectors), options.reservedValues);
  const frontier = options.frontier ?? paretoFrontier(utilityVectors);
  let best: SolutionPoint | null = null;
  for (const index of frontier) {
    const v = utilityVectors[index] as UtilityVector;
    let product = 1;
    let rational = true;
    for (let i = 0; i < r.length; i++) {
      const gain = (v[i] as number) - (r[i] as number);
      if (gain < 0) {
        rational = false;
        break;
      }
      product *= gain;
    }
    if (!rational) continue;
    if (best === null || product > best.value || (product === best.value && index < best.index)) {
      best = { index, utilities: v.slice(), value: product };
    }
  }
  return best;
}

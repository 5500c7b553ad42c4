import { effectiveReservedValues } from './effective-reserved-values.ts';
import { paretoFrontier } from './pareto-frontier.ts';
import type { SolutionOptions, SolutionPoint } from './solution-point.ts';
import { utilityBounds } from './utility-bounds.ts';
import type { UtilityVector } from './utility-vectors.ts';

/**
 * The Kalai point, NegMAS's name for the egalitarian point (negotiation.md A.6): the frontier outcome
 * maximising min_i (u_i − r_i) over individually rational outcomes; null when there is none. Ties go
 * to the lowest outcome index.
 */
export function kalaiPoint(
  utilityVectors: readonly UtilityVector[],
  options: SolutionOptions = {},
): SolutionPoint | null {
  if (utilityVectors.length === 0) return null;
  const r = effectiveReservedValues(utilityBounds(utilityVectors), options.reservedValues);
  const frontier = options.frontier ?? paretoFrontier(utilityVectors);
  let best: SolutionPoint | null = null;
  for (const index of frontier) {
    const v = utilityVectors[index] as UtilityVector;
    let minGain = Infinity;
    for (let i = 0; i < r.length; i++) minGain = Math.min(minGain, (v[i] as number) - (r[i] as number));
    if (minGain < 0) continue;
    if (best === null || minGain > best.value || (minGain === best.value && index < best.index)) {
      best = { index, utilities: v.slice(), value: minGain };
    }
  }
  return best;
}

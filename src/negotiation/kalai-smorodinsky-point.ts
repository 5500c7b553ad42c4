import { effectiveReservedValues } from './effective-reserved-values.ts';
import { paretoFrontier } from './pareto-frontier.ts';
import type { SolutionOptions, SolutionPoint } from './solution-point.ts';
import { utilityBounds } from './utility-bounds.ts';
import type { UtilityVector } from './utility-vectors.ts';

/**
 * The Kalai–Smorodinsky point (negotiation.md A.6): the individually rational frontier outcome
 * minimising max_i g_i − min_i g_i, with relative gains g_i = (u_i − r_i)/(max_i − r_i). `value` is
 * that spread. Our choices: a party with max_i = r_i (nothing to gain) is left out of the spread; ties
 * go to the larger minimum gain, then the lowest index. The "modified" variant is this function
 * without reserved values. Null when no frontier outcome is rational.
 */
export function kalaiSmorodinskyPoint(
  utilityVectors: readonly UtilityVector[],
  options: SolutionOptions = {},
): SolutionPoint | null {
  if (utilityVectors.length === 0) return null;
  const bounds = utilityBounds(utilityVectors);
  const r = effectiveReservedValues(bounds, options.reservedValues);
  const frontier = options.frontier ?? paretoFrontier(utilityVectors);
  let best: SolutionPoint | null = null;
  let bestMinGain = -Infinity;
  for (const index of frontier) {
    const v = utilityVectors[index] as UtilityVector;
    let lo = Infinity;
    let hi = -Infinity;
    let rational = true;
    for (let i = 0; i < r.length; i++) {
      const ri = r[i] as number;
      const gain = (v[i] as number) - ri;
      if (gain < 0) {
        rational = false;
        break;
      }
      const span = (bounds.max[i] as number) - ri;
      if (span <= 0) continue;
      const g = gain / span;
      lo = Math.min(lo, g);
      hi = Math.max(hi, g);
    }
    if (!rational) continue;
    const spread = hi >= lo ? hi - lo : 0;
    const minGain = hi >= lo ? lo : 0;
    const better =
      best === null ||
      spread < best.value ||
      (spread === best.value && (minGain > bestMinGain || (minGain === bestMinGain && index < best.index)));
    if (better) {
      best = { index, utilities: v.slice(), value: spread };
      bestMinGain = minGain;
    }
  }
  return best;
}

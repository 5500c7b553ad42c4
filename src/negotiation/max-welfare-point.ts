import type { SolutionPoint } from './solution-point.ts';
import { utilityBounds } from './utility-bounds.ts';
import type { UtilityVector } from './utility-vectors.ts';

export interface MaxWelfareOptions {
  /** Maximise relative welfare Σ_i u_i / max_i instead (utilities normalised to max 1; needs max_i > 0). */
  readonly relative?: boolean;
}

/**
 * The maximum-welfare outcome (negotiation.md A.6): the outcome maximising Σ_i u_i (always on the
 * Pareto frontier); `value` is that sum (or the relative sum). Ties go to the lowest index. Null for
 * an empty list.
 */
export function maxWelfarePoint(
  utilityVectors: readonly UtilityVector[],
  options: MaxWelfareOptions = {},
): SolutionPoint | null {
  if (utilityVectors.length === 0) return null;
  const bounds = utilityBounds(utilityVectors);
  const scale = bounds.max.map((m) => {
    if (!options.relative) return 1;
    if (!(m > 0) || !Number.isFinite(m))
      throw new RangeError(`relative welfare needs finite positive maxima, got ${m}`);
    return 1 / m;
  });
  let best: SolutionPoint | null = null;
  for (let index = 0; index < utilityVectors.length; index++) {
    const v = utilityVectors[index] as UtilityVector;
    let w = 0;
    for (let i = 0; i < v.length; i++) w += (v[i] as number) * (scale[i] as number);
    if (best === null || w > best.value) best = { index, utilities: v.slice(), value: w };
  }
  return best;
}

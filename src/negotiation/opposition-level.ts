import { effectiveReservedValues } from './effective-reserved-values.ts';
import { utilityBounds } from './utility-bounds.ts';
import type { UtilityVector } from './utility-vectors.ts';

export interface OppositionOptions {
  /**
   * Reserved values: only individually rational outcomes (u_i ≥ r_i after the A.6 replacement) count.
   * Omitted: all outcomes count (the GENIUS-scale opposition of D.2). When no outcome is rational
   * for all parties, all outcomes count (our choice; D.2's Lunch row is quoted "ignoring r").
   */
  readonly reservedValues?: readonly number[];
  /** Per-party maximum utility max_i (default: the maximum over the outcomes); must be > 0. */
  readonly maxUtilities?: readonly number[];
}

/**
 * Opposition level (negotiation.md A.6): min over outcomes of √(Σ_i (1 − u_i/max_i)²), the distance
 * of the max-normalised utility vector to the ideal point (1, …, 1). For two parties it lies in
 * [0, √2]; a fully opposed split domain gives √2/2. NaN for an empty list.
 */
export function oppositionLevel(
  utilityVectors: readonly UtilityVector[],
  options: OppositionOptions = {},
): number {
  if (utilityVectors.length === 0) return NaN;
  const bounds = utilityBounds(utilityVectors);
  const max = options.maxUtilities ?? bounds.max;
  if (max.length !== bounds.max.length)
    throw new RangeError(`maxUtilities needs ${bounds.max.length} values`);
  for (const m of max) {
    if (!(m > 0) || !Number.isFinite(m))
      throw new RangeError(`opposition needs finite positive maximum utilities, got ${m}`);
  }
  const r =
    options.reservedValues === undefined ? null : effectiveReservedValues(bounds, options.reservedValues);
  const level = (rationalOnly: boolean): number => {
    let best = Infinity;
    for (const v of utilityVectors) {
      let sq = 0;
      let rational = true;
      for (let i = 0; i < v.length; i++) {
        const u = v[i] as number;
        if (rationalOnly && r !== null && u < (r[i] as number)) {
          rational = false;
          break;
        }
        const d = 1 - u / (max[i] as number);
        sq += d * d;
      }
      if (rational && sq < best) best = sq;
    }
    return Math.sqrt(best);
  };
  const rational = level(true);
  return Number.isFinite(rational) ? rational : level(false);
}

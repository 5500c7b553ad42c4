import type { UtilityBounds } from './utility-bounds.ts';

/**
 * Reserved values as the solution concepts use them (negotiation.md A.6): a reserved value that is
 * not finite or lies below the party's utility range is replaced by the party's minimum utility.
 * Missing values (no list, or a shorter list) count as -Infinity.
 */
export function effectiveReservedValues(bounds: UtilityBounds, reservedValues?: readonly number[]): number[] {
  return bounds.min.map((min, i) => {
    const r = reservedValues?.[i] ?? -Infinity;
    return Number.isFinite(r) && r >= min ? r : min;
  });
}

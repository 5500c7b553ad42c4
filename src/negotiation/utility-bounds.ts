import type { UtilityVector } from './utility-vectors.ts';

/** Per-party minimum and maximum utility over a set of outcomes. */
export interface UtilityBounds {
  readonly min: readonly number[];
  readonly max: readonly number[];
}

/**
 * Per-party utility ranges over utility vectors (negotiation.md A.6 "utility ranges"). Checks that
 * the list is non-empty, that all vectors have the same length ≥ 1 and that no utility is NaN.
 */
export function utilityBounds(vectors: readonly UtilityVector[]): UtilityBounds {
  const first = vectors[0];
  if (first === undefined) throw new RangeError('utility bounds need at least one outcome');
  const k = first.length;
  if (k === 0) throw new RangeError('utility vectors need at least one party');
  const min = new Array<number>(k).fill(Infinity);
  const max = new Array<number>(k).fill(-Infinity);
  for (let n = 0; n < vectors.length; n++) {
    const v = vectors[n] as UtilityVector;
    if (v.length !== k) throw new RangeError(`utility vector ${n} has ${v.length} parties, expected ${k}`);
    for (let i = 0; i < k; i++) {
      const u = v[i] as number;
      if (Number.isNaN(u)) throw new RangeError(`utility of party ${i} for outcome ${n} is NaN`);
      if (u < (min[i] as number)) min[i] = u;
      if (u > (max[i] as number)) max[i] = u;
    }
  }
  return { min, max };
}

// league-rules.md §15.1 SyncRandomOneShotAgent counter_all step 3 (scml: src/scml/oneshot/agents/rand.py):
// the subset of offered quantities whose total is closest to the need.

/** The chosen positions (ascending) and |total − target|. */
export interface ClosestSubset {
  readonly indices: readonly number[];
  readonly distance: number;
}

/** Beyond this many quantities the 2^n search is refused (our limit; a level has at most 8 factories by default). */
export const MAX_SUBSET_ITEMS = 24;

/**
 * Searches every subset of `quantities` for the total closest to `target`: sizes from the largest down to
 * the empty set, each size's subsets in increasing bitmask order (bit i = position i); a subset replaces
 * the best only if strictly closer, and the search stops at the first exact match. So among equally close
 * subsets the largest wins, and within a size the first in that order. The caller shuffles the positions
 * (§15.1: our stand-in for the reference's hash order). Subset totals are built once (2^n additions).
 */
export function closestSubset(quantities: readonly number[], target: number): ClosestSubset {
  const n = quantities.length;
  if (n > MAX_SUBSET_ITEMS) {
    throw new RangeError(`closestSubset() searches at most ${MAX_SUBSET_ITEMS} quantities, got ${n}`);
  }
  const size = 2 ** n;
  const sums = new Float64Array(size);
  for (let mask = 1; mask < size; mask++) {
    const low = mask & -mask;
    sums[mask] = (sums[mask ^ low] as number) + (quantities[31 - Math.clz32(low)] as number);
  }
  let best = -1;
  let bestDistance = Infinity;
  search: for (let k = n; k >= 0; k--) {
    // Gosper's hack: every n-bit mask with k bits set, in increasing order.
    let mask = k === 0 ? 0 : 2 ** k - 1;
    while (mask < size) {
      const d = Math.abs((sums[mask] as number) - target);
      if (d < bestDistance) {
        best = mask;
        bestDistance = d;
        if (d === 0) break search;
      }
      if (mask === 0) break;
      const low = mask & -mask;
      const ripple = mask + low;
      mask = (((ripple ^ mask) >>> 2) / low) | ripple;
    }
  }
  const indices: number[] = [];
  for (let i = 0; i < n; i++) if (best & (1 << i)) indices.push(i);
  return { indices, distance: bestDistance };
}

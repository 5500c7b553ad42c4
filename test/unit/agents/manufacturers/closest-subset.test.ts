import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestSubset } from '../../../../agents/manufacturers/closest-subset.ts';

/** Every subset's total, by brute force over bitmasks. */
function allTotals(q: readonly number[]): { mask: number; size: number; total: number }[] {
  const out = [];
  for (let mask = 0; mask < 2 ** q.length; mask++) {
    let total = 0;
    let size = 0;
    q.forEach((x, i) => {
      if (mask & (1 << i)) {
        total += x;
        size++;
      }
    });
    out.push({ mask, size, total });
  }
  return out;
}

describe('closestSubset', () => {
  it('closestSubset() picks the largest among equally close subsets', () => {
    // Target 5: {5} and {2, 3} are both exact; the larger one wins.
    expect(closestSubset([5, 2, 3], 5)).toEqual({ indices: [1, 2], distance: 0 });
    // Target 4 with [3, 5, 1]: {3, 1} is exact (size 2) and beats {5, ...}.
    expect(closestSubset([3, 5, 1], 4)).toEqual({ indices: [0, 2], distance: 0 });
    // Nothing exact for target 5 with [3, 1, 8]: {3, 1} is 1 away, every other subset farther.
    expect(closestSubset([3, 1, 8], 5)).toEqual({ indices: [0, 1], distance: 1 });
  });

  it('closestSubset() prefers the first subset of a size in bitmask order on ties', () => {
    // Target 3 with [2, 2, 2]: every pair is 1 away, as is every single; the first pair (0, 1) wins.
    expect(closestSubset([2, 2, 2], 3)).toEqual({ indices: [0, 1], distance: 1 });
  });

  it('closestSubset() returns the empty set for an empty list or a zero need with large offers', () => {
    expect(closestSubset([], 4)).toEqual({ indices: [], distance: 4 });
    expect(closestSubset([3, 4], 0)).toEqual({ indices: [], distance: 0 });
  });

  it('closestSubset() finds the minimum distance and the largest subset reaching it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 10 }),
        fc.integer({ min: -3, max: 60 }),
        (q, target) => {
          const got = closestSubset(q, target);
          const totals = allTotals(q);
          const best = Math.min(...totals.map((t) => Math.abs(t.total - target)));
          expect(got.distance).toBe(best);
          const total = got.indices.reduce((s, i) => s + (q[i] as number), 0);
          expect(Math.abs(total - target)).toBe(best);
          const largest = Math.max(
            ...totals.filter((t) => Math.abs(t.total - target) === best).map((t) => t.size),
          );
          expect(got.indices.length).toBe(largest);
        },
      ),
      { seed: 42 },
    );
  });

  it('closestSubset() handles a dozen partners quickly and refuses absurd sizes', () => {
    const q = [3, 7, 1, 9, 4, 4, 2, 8, 6, 5, 10, 1];
    expect(closestSubset(q, 1000).indices).toHaveLength(12);
    expect(() => closestSubset(new Array<number>(25).fill(1), 3)).toThrow(RangeError);
  });
});

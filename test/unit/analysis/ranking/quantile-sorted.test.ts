import { describe, expect, it } from 'vitest';
import { quantileSorted } from '../../../../analysis/ranking/quantile-sorted.ts';

describe('quantileSorted()', () => {
  it('interpolates linearly between order statistics like numpy', () => {
    // Index (n − 1)·q = 0.75, 1.5, 2.25 over [1, 2, 3, 4].
    expect(quantileSorted([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileSorted([1, 2, 3, 4], 0.75)).toBe(3.25);
  });

  it('returns the ends at q = 0 and q = 1', () => {
    expect(quantileSorted([1, 2, 3, 4], 0)).toBe(1);
    expect(quantileSorted([1, 2, 3, 4], 1)).toBe(4);
  });

  it('returns the only value of one value and NaN of none', () => {
    expect(quantileSorted([7], 0.25)).toBe(7);
    expect(quantileSorted([], 0.5)).toBeNaN();
  });
});

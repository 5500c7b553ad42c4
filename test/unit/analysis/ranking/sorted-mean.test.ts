import { describe, expect, it } from 'vitest';
import { sortedMean } from '../../../../analysis/ranking/sorted-mean.ts';

describe('sortedMean()', () => {
  it('averages ascending values', () => {
    expect(sortedMean([1, 2, 3, 4])).toBe(2.5);
  });

  it('never leaves the range of the data through rounding', () => {
    // Naively 0.1 + 0.1 + 0.1 = 0.30000000000000004 and / 3 gives 0.10000000000000002 > 0.1.
    expect(sortedMean([0.1, 0.1, 0.1])).toBe(0.1);
  });

  it('returns NaN for no values and keeps infinities', () => {
    expect(sortedMean([])).toBeNaN();
    expect(sortedMean([1, Infinity])).toBe(Infinity);
  });
});

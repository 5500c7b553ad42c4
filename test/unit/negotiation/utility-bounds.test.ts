import { describe, expect, it } from 'vitest';
import { utilityBounds } from '../../../src/negotiation/utility-bounds.ts';

describe('utilityBounds', () => {
  it('utilityBounds() gives per-party minima and maxima', () => {
    expect(
      utilityBounds([
        [1, 5],
        [3, 2],
        [2, 4],
      ]),
    ).toEqual({ min: [1, 2], max: [3, 5] });
  });

  it('utilityBounds() rejects empty lists, ragged vectors and NaN', () => {
    expect(() => utilityBounds([])).toThrow(RangeError);
    expect(() => utilityBounds([[]])).toThrow(RangeError);
    expect(() => utilityBounds([[1, 2], [1]])).toThrow(RangeError);
    expect(() => utilityBounds([[NaN]])).toThrow(/NaN/);
  });
});

import { describe, expect, it } from 'vitest';
import { roundHalfEven } from '../../../../worlds/base/round-half-even.ts';

describe('roundHalfEven()', () => {
  it('rounds ties to the even neighbour as numpy does', () => {
    expect([0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5].map(roundHalfEven)).toEqual([0, 2, 2, 4, 0, -2, -2]);
  });

  it('rounds non-ties to the nearest integer', () => {
    expect([0.49, 0.51, 2.4999, 7.6, -3.2, -3.7, 12].map(roundHalfEven)).toEqual([0, 1, 2, 8, -3, -4, 12]);
  });

  it('never returns negative zero', () => {
    expect(Object.is(roundHalfEven(-0.2), 0)).toBe(true);
    expect(Object.is(roundHalfEven(-0), 0)).toBe(true);
  });
});

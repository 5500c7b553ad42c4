import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../src/core/rng.ts';
import { integerCut } from '../../../../worlds/base/integer-cut.ts';

const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);

describe('integerCut()', () => {
  it('places every unit when there is no cap', () => {
    const bins = integerCut(37, 5, undefined, createRng('cut-1'));
    expect(bins).toHaveLength(5);
    expect(sum(bins)).toBe(37);
  });

  it('keeps every bin at or below a shared cap', () => {
    const bins = integerCut(28, 3, 10, createRng('cut-2'));
    expect(sum(bins)).toBe(28);
    expect(Math.max(...bins)).toBeLessThanOrEqual(10);
  });

  it('fills exactly to the caps when the total equals their sum', () => {
    expect(integerCut(9, 3, [2, 3, 4], createRng('cut-3'))).toEqual([2, 3, 4]);
  });

  it('never gives units to a bin whose cap is 0 or less', () => {
    const bins = integerCut(6, 4, [0, 3, -2, 3], createRng('cut-4'));
    expect(bins).toEqual([0, 3, 0, 3]);
  });

  it('gives the same split for the same seed', () => {
    expect(integerCut(50, 7, 9, createRng('same'))).toEqual(integerCut(50, 7, 9, createRng('same')));
  });

  it('throws when the caps cannot hold the total', () => {
    expect(() => integerCut(10, 2, 4, createRng('x'))).toThrow('the caps hold only 8');
    expect(() => integerCut(1, 2, [1], createRng('x'))).toThrow('one cap per bin');
    expect(() => integerCut(-1, 2, undefined, createRng('x'))).toThrow('integer >= 0');
  });
});

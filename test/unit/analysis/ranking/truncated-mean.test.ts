import { describe, expect, it } from 'vitest';
import { truncatedMean } from '../../../../analysis/ranking/truncated-mean.ts';

describe('truncatedMean()', () => {
  it('drops a score above Q3 + 2·IQR', () => {
    // [1, 2, 3, 4, 100]: Q1 = 2, Q3 = 4, IQR = 2, fence = 8; mean of 1..4 = 2.5.
    expect(truncatedMean([1, 2, 3, 4, 100])).toBe(2.5);
  });

  it('keeps a score just below the fence and one exactly on it', () => {
    // Same quartiles (the max is not used by them): fence 8.
    expect(truncatedMean([1, 2, 3, 4, 7.9])).toBeCloseTo(17.9 / 5, 15);
    expect(truncatedMean([1, 2, 3, 4, 8])).toBe(18 / 5);
    expect(truncatedMean([1, 2, 3, 4, 8.01])).toBe(2.5);
  });

  it('uses interpolated quartiles for the fence', () => {
    // [1..7, x]: Q1 at index 1.75 = 2.75, Q3 at index 5.25 = 6.25, IQR = 3.5, fence = 13.25.
    expect(truncatedMean([1, 2, 3, 4, 5, 6, 7, 13.25])).toBe(41.25 / 8);
    expect(truncatedMean([1, 2, 3, 4, 5, 6, 7, 13.26])).toBe(4);
    // [0..5, 30]: Q1 = 1.5, Q3 = 4.5, IQR = 3, fence = 10.5.
    expect(truncatedMean([30, 0, 1, 2, 3, 4, 5])).toBe(2.5);
  });

  it('does not trim low scores by default', () => {
    // Q1 = 1, Q3 = 3: nothing above 7, and -100 stays.
    expect(truncatedMean([-100, 1, 2, 3, 4])).toBe(-18);
  });

  it('trims low scores with a bottom limit and keeps high ones with top = Infinity', () => {
    // bottom 2: low fence 1 − 2·2 = −3, so -100 goes.
    expect(truncatedMean([-100, 1, 2, 3, 4], { bottom: 2 })).toBe(2.5);
    expect(truncatedMean([1, 2, 3, 4, 100], { top: Infinity })).toBe(22);
  });

  it('drops everything above Q3 when the IQR is zero', () => {
    // Q1 = Q3 = 1, so the fence is 1; an infinite bottom limit does not turn inf · 0 into NaN.
    expect(truncatedMean([1, 1, 1, 1, 10])).toBe(1);
    expect(truncatedMean([1, 1, 1, 1, 1])).toBe(1);
  });

  it('returns the score of a single world and NaN of none', () => {
    expect(truncatedMean([0.97])).toBe(0.97);
    expect(truncatedMean([])).toBeNaN();
  });

  it('ignores NaN scores as NegMAS does', () => {
    expect(truncatedMean([NaN, 2, NaN])).toBe(2);
    expect(truncatedMean([NaN])).toBeNaN();
  });

  it('returns NaN when the fences keep nothing', () => {
    expect(truncatedMean([1, 2, 3], { top: -10 })).toBeNaN();
  });

  it('gives bit-identical results for the same scores in any order', () => {
    const scores = [0.1, 0.7, 0.2, 1.3, 0.30000000000000004, 0.9];
    expect(truncatedMean([...scores].reverse())).toBe(truncatedMean(scores));
  });
});

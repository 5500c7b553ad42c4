import { describe, expect, it } from 'vitest';
import { describeScores } from '../../../../analysis/ranking/describe-scores.ts';

describe('describeScores()', () => {
  it('computes every statistic of a hand-worked sample', () => {
    // [2, 4, 4, 4, 5, 5, 7, 9]: mean 5; squared deviations 9+1+1+1+0+0+4+16 = 32, sample std √(32/7);
    // median (4 + 5) / 2; Q1 (index 1.75) = 4, Q3 (index 5.25) = 5.5, fence 8.5 drops the 9: 31 / 7.
    const s = describeScores([9, 4, 2, 5, 4, 7, 4, 5]);
    expect(s).toEqual({
      count: 8,
      mean: 5,
      median: 4.5,
      std: expect.closeTo(Math.sqrt(32 / 7), 15),
      min: 2,
      max: 9,
      truncatedMean: expect.closeTo(31 / 7, 15),
    });
  });

  it('reports NaN std (not 0) for a single score', () => {
    expect(describeScores([1.02])).toEqual({
      count: 1,
      mean: 1.02,
      median: 1.02,
      std: NaN,
      min: 1.02,
      max: 1.02,
      truncatedMean: 1.02,
    });
  });

  it('reports zero std for equal scores', () => {
    expect(describeScores([3, 3, 3]).std).toBe(0);
  });

  it('reports count 0 and NaN statistics for no scores', () => {
    const s = describeScores([]);
    expect(s.count).toBe(0);
    for (const v of [s.mean, s.median, s.std, s.min, s.max, s.truncatedMean]) expect(v).toBeNaN();
  });

  it('ignores NaN scores in every statistic', () => {
    expect(describeScores([1, NaN, 3])).toEqual(describeScores([1, 3]));
  });

  it('passes truncation limits through', () => {
    expect(describeScores([1, 2, 3, 4, 100], { top: Infinity }).truncatedMean).toBe(22);
  });
});

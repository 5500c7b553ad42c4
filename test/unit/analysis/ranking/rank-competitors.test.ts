import { describe, expect, it } from 'vitest';
import type { CompetitorScore } from '../../../../analysis/ranking/rank-competitors.ts';
import { rankCompetitors } from '../../../../analysis/ranking/rank-competitors.ts';

function scoresOf(table: Record<string, readonly number[]>): CompetitorScore[] {
  return Object.entries(table).flatMap(([agentType, list]) => list.map((score) => ({ agentType, score })));
}

describe('rankCompetitors()', () => {
  it('orders types by truncated mean, not by mean', () => {
    // x: mean 2.8 but Q1 = Q3 = 1 drops the 10, truncated mean 1; y: 1.5; z: 0.5.
    const r = rankCompetitors(scoresOf({ z: [0.5, 0.5], x: [1, 1, 1, 1, 10], y: [1.5, 1.5, 1.5, 1.5] }));
    expect(r.rows.map((row) => [row.agentType, row.truncatedMean])).toEqual([
      ['y', 1.5],
      ['x', 1],
      ['z', 0.5],
    ]);
    expect(r.rows[1]).toMatchObject({ count: 5, mean: 2.8, median: 1, min: 1, max: 10 });
    expect(r.winners).toEqual(['y']);
  });

  it('breaks ties by name and names every tied type a winner', () => {
    // Same multiset in different orders must give bit-identical truncated means.
    const r = rankCompetitors(scoresOf({ c: [0.2, 0.3], b: [0.1, 0.7, 0.2, 1.3], a: [1.3, 0.2, 0.7, 0.1] }));
    expect(r.rows.map((row) => row.agentType)).toEqual(['a', 'b', 'c']);
    expect(r.winners).toEqual(['a', 'b']);
  });

  it('compares every unordered pair once, in ranking order', () => {
    const r = rankCompetitors(scoresOf({ low: [1, 2, 3], high: [4, 5, 6], mid: [2, 3, 4] }));
    expect(r.pairwise.map(({ a, b }) => [a, b])).toEqual([
      ['high', 'mid'],
      ['high', 'low'],
      ['mid', 'low'],
    ]);
    // high vs low: D = 1 and p = 2/C(6, 3); Welch t = 3/√(1/3 + 1/3), df = 4.
    const highLow = r.pairwise[1];
    expect(highLow).toMatchObject({ d: 1, ksP: expect.closeTo(0.1, 15) });
    expect(highLow?.t).toBeCloseTo(3 / Math.sqrt(2 / 3), 14);
    // scipy.stats.ttest_ind([4, 5, 6], [1, 2, 3], equal_var=False).pvalue = 0.02131164112875673
    expect(highLow?.welchP).toBeCloseTo(0.02131164112875673, 14);
  });

  it('reports p = 1 for types with equal samples', () => {
    const r = rankCompetitors(scoresOf({ a: [0.9, 1.0, 1.1], b: [1.1, 1.0, 0.9] }));
    expect(r.pairwise).toEqual([{ a: 'a', b: 'b', welchP: 1, ksP: 1, t: 0, d: 0 }]);
  });

  it('handles a single world: no spread, no Welch p, KS p = 1', () => {
    const r = rankCompetitors(scoresOf({ a: [1.2], b: [0.8] }));
    expect(r.rows.map((row) => [row.agentType, row.count, row.truncatedMean, row.std])).toEqual([
      ['a', 1, 1.2, NaN],
      ['b', 1, 0.8, NaN],
    ]);
    expect(r.pairwise).toEqual([{ a: 'a', b: 'b', welchP: NaN, ksP: 1, t: NaN, d: 1 }]);
    expect(r.winners).toEqual(['a']);
  });

  it('drops NaN scores and ranks a type with none last', () => {
    const r = rankCompetitors(scoresOf({ a: [NaN], b: [1, NaN] }));
    expect(r.rows.map((row) => [row.agentType, row.count])).toEqual([
      ['b', 1],
      ['a', 0],
    ]);
    expect(r.winners).toEqual(['b']);
  });

  it('passes truncation limits through', () => {
    const r = rankCompetitors(scoresOf({ x: [1, 1, 1, 1, 10], y: [1.5, 1.5] }), { top: Infinity });
    expect(r.winners).toEqual(['x']);
  });

  it('returns empty tables for no scores', () => {
    expect(rankCompetitors([])).toEqual({ rows: [], pairwise: [], winners: [] });
  });
});

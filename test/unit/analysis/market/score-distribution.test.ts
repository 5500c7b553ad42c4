import { describe, expect, it } from 'vitest';
import { scoreDistribution } from '../../../../analysis/market/score-distribution.ts';
import { scoresOfRun } from '../../../../src/store/queries/scores-of-run.ts';
import { marketStore } from './market-fixture.ts';

describe('scoreDistribution()', () => {
  it('keeps every factory score of every run and summarises them per agent type', () => {
    const { db, runIds } = marketStore({ times: 2 });
    const { scores, byType } = scoreDistribution(db, runIds);
    const once = scoresOfRun(db, runIds[0] as number).map((s) => s.score);
    expect(scores.map((s) => s.score)).toEqual([...once, ...once]);
    expect(byType).toHaveLength(1);
    expect(byType[0]).toMatchObject({ agentType: 'X', count: 8 });
    expect(byType[0]?.mean).toBeCloseTo(once.reduce((a, b) => a + b, 0) / once.length, 12);
    db.close();
  });
});

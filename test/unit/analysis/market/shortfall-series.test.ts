import { describe, expect, it } from 'vitest';
import { shortfallSeries } from '../../../../analysis/market/shortfall-series.ts';
import { agentSeries } from '../../../../src/store/queries/agent-series.ts';
import { agentsOfRun } from '../../../../src/store/queries/agents-of-run.ts';
import { marketStore } from './market-fixture.ts';

describe('shortfallSeries()', () => {
  it('sums the shortfalls of each level per day', () => {
    const { db, runIds } = marketStore();
    const runId = runIds[0] as number;
    const points = shortfallSeries(db, runIds);
    const levelOf = new Map(agentsOfRun(db, runId).map((a) => [a.name, a.level]));
    const rows = agentSeries(db, runId);
    for (const p of points) {
      const mine = rows.filter((r) => r.day === p.day && levelOf.get(r.agent) === p.level);
      expect(p.shortfallQuantity).toBe(mine.reduce((s, r) => s + r.shortfallQuantity, 0));
      expect(p.shortfallPenalty).toBeCloseTo(
        mine.reduce((s, r) => s + r.shortfallPenalty, 0),
        9,
      );
    }
    expect(points.map((p) => p.series)).toContain('level 1');
    expect(points).toHaveLength(2 * 5);
    db.close();
  });
});

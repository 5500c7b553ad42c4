import { describe, expect, it } from 'vitest';
import { negotiationSeries } from '../../../../analysis/market/negotiation-series.ts';
import { daySeries } from '../../../../src/store/queries/day-series.ts';
import { negotiationStats } from '../../../../src/store/queries/negotiation-stats.ts';
import { marketStore } from './market-fixture.ts';

describe('negotiationSeries()', () => {
  it('gives agreement rate and rounds per day for each market and for all products', () => {
    const { db, runIds } = marketStore();
    const runId = runIds[0] as number;
    const points = negotiationSeries(db, runIds);
    expect([...new Set(points.map((p) => p.series))]).toEqual(['product 1 (L0→L1)', 'all products']);
    const all = points.filter((p) => p.product === null);
    const days = daySeries(db, runId);
    expect(all.map((p) => p.day)).toEqual(days.filter((d) => d.nNegotiations > 0).map((d) => d.day));
    for (const p of all) {
      const d = days[p.day];
      expect(p.negotiations).toBe(d?.nNegotiations);
      expect(p.agreementRate).toBeCloseTo((d?.nAgreements ?? 0) / (d?.nNegotiations ?? 1), 12);
      expect(p.meanRounds).toBeCloseTo((d?.nNegotiationRounds ?? 0) / (d?.nNegotiations ?? 1), 12);
    }
    const agreed = negotiationStats(db, runId).reduce((s, x) => s + x.agreedQuantity, 0);
    expect(all.reduce((s, p) => s + p.agreedQuantity, 0)).toBe(agreed);
    db.close();
  });

  it('pools rates and averages counts per world over several runs', () => {
    const one = marketStore();
    const two = marketStore({ times: 2 });
    expect(negotiationSeries(two.db, two.runIds)).toEqual(negotiationSeries(one.db, one.runIds));
    one.db.close();
    two.db.close();
  });
});

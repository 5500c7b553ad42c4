import { describe, expect, it } from 'vitest';
import { marketDynamics } from '../../../../analysis/market/market-dynamics.ts';
import { marketTotals } from '../../../../analysis/market/market-totals.ts';
import { daySeries } from '../../../../src/store/queries/day-series.ts';
import { marketStore } from './market-fixture.ts';

describe('marketDynamics()', () => {
  it('holds every series and totals that match the stored days', () => {
    const { db, runIds } = marketStore({ std: true });
    const d = marketDynamics(db, runIds);
    const days = daySeries(db, runIds[0] as number);
    const sum = (f: (x: (typeof days)[number]) => number): number => days.reduce((s, x) => s + f(x), 0);
    expect(d.totals).toMatchObject({
      runs: 1,
      days: 5,
      factories: 4,
      negotiations: sum((x) => x.nNegotiations),
      agreements: sum((x) => x.nAgreements),
      bankruptcies: 1,
    });
    expect(d.totals.meanRounds).toBeCloseTo(
      sum((x) => x.nNegotiationRounds) / sum((x) => x.nNegotiations),
      12,
    );
    expect(d.prices.length).toBeGreaterThan(0);
    expect(d.negotiations.length).toBeGreaterThan(0);
    expect(d.shortfalls.length).toBe(10);
    expect(d.bankruptcyEvents).toHaveLength(1);
    expect(d.scoresByType.map((t) => t.agentType)).toEqual(['X']);
    db.close();
  });

  it('marketTotals() adds up over several runs', () => {
    const one = marketStore();
    const three = marketStore({ times: 3 });
    const a = marketTotals(one.db, one.runIds);
    const b = marketTotals(three.db, three.runIds);
    expect(b.negotiations).toBe(3 * a.negotiations);
    expect(b.factories).toBe(3 * a.factories);
    expect(b.agreementRate).toBeCloseTo(a.agreementRate, 12);
    one.db.close();
    three.db.close();
  });
});

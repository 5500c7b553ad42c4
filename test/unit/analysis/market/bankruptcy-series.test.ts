import { describe, expect, it } from 'vitest';
import { bankruptcySeries } from '../../../../analysis/market/bankruptcy-series.ts';
import { daySeries } from '../../../../src/store/queries/day-series.ts';
import { marketStore } from './market-fixture.ts';

describe('bankruptcySeries()', () => {
  it('counts bankrupt factories per level and day and lists each bankruptcy once', () => {
    const { db, runIds } = marketStore({ std: true });
    const { series, events } = bankruptcySeries(db, runIds);
    const days = daySeries(db, runIds[0] as number);
    for (const d of days) {
      const onDay = series.filter((p) => p.day === d.day);
      expect(onDay.reduce((s, p) => s + p.bankrupt, 0)).toBe(d.nBankrupt);
    }
    expect(events.map((e) => e.agent)).toEqual(['02X@1']);
    expect(events[0]).toMatchObject({ agentType: 'X', level: 1 });
    expect(series.filter((p) => p.day === 0).map((p) => p.factories)).toEqual([2, 2]);
    db.close();
  });
});

import { describe, expect, it } from 'vitest';
import { priceSeries } from '../../../../analysis/market/price-series.ts';
import { productSeries } from '../../../../src/store/queries/product-series.ts';
import { marketStore } from './market-fixture.ts';

describe('priceSeries()', () => {
  it('gives one point per product and day with the stored trading price', () => {
    const { db, runIds } = marketStore();
    const points = priceSeries(db, runIds);
    const stored = productSeries(db, runIds[0] as number);
    expect(points.map((p) => [p.product, p.day, p.tradingPrice, p.soldQuantity])).toEqual(
      stored.map((s) => [s.product, s.day, s.tradingPrice, s.soldQuantity]),
    );
    expect([...new Set(points.map((p) => p.series))]).toEqual(['product 0', 'product 1', 'product 2']);
    db.close();
  });

  it('averages identical runs to the same series', () => {
    const one = marketStore();
    const three = marketStore({ times: 3 });
    const a = priceSeries(one.db, one.runIds);
    const b = priceSeries(three.db, three.runIds);
    expect(b.map((p) => ({ ...p, runs: 1 }))).toEqual(a);
    expect(b.every((p) => p.runs === 3)).toBe(true);
    one.db.close();
    three.db.close();
  });
});

import { describe, expect, it } from 'vitest';
import { costPlusPrices } from '../../../../worlds/base/cost-plus-prices.ts';

describe('costPlusPrices()', () => {
  // Hand-checked (league-rules.md §3.2 step 3): costs 2 and 4, profit 10 % on both levels.
  // Q = 10: R0 = ⌈(100 + 20)·1.1⌉ = 132, price1 = ⌈13.2⌉ = 14; R1 = ⌈(132 + 40)·1.1⌉ = ⌈189.2⌉ = 190, price2 = 19.
  // Q = 1:  R0 = ⌈12·1.1⌉ = 14, price1 = 14; R1 = ⌈(14 + 4)·1.1⌉ = ⌈19.8⌉ = 20, price2 = 20.
  const chain = { manufacturingCosts: [2, 4], profits: [0.1, 0.1] };

  it('follows the cost-plus rule day by day', () => {
    const r = costPlusPrices({ ...chain, supplyTotals: [10, 1, 0] });
    expect(r.revenues).toEqual([
      [132, 14, 0],
      [190, 20, 0],
    ]);
    expect(r.totalCosts).toEqual([
      [120, 12, 0],
      [172, 18, 0],
    ]);
    expect(r.unitPrices).toEqual([
      [10, 10, 10],
      [14, 14, 0],
      [19, 20, 0],
    ]);
  });

  it('ignores the first k days when taking the catalog price of product k', () => {
    // Product 2 ignores days 0 and 1, so the Q = 1 days there (price 20) do not count.
    expect(costPlusPrices({ ...chain, supplyTotals: [1, 1, 10, 10] }).catalogPrices).toEqual([10, 14, 19]);
    expect(costPlusPrices({ ...chain, supplyTotals: [10, 10, 1, 10] }).catalogPrices).toEqual([10, 14, 20]);
  });

  it('falls back to the one-unit chain when no considered day has supply', () => {
    // ⌈(10 + 2)·1.1⌉ = 14, then ⌈(14 + 4)·1.1⌉ = 20.
    expect(costPlusPrices({ ...chain, supplyTotals: [0, 0, 0] }).catalogPrices).toEqual([10, 14, 20]);
  });
});

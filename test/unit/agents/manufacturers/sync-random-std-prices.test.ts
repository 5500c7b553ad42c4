import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buyPrice,
  constructionIssues,
  goodToBuy,
  goodToSell,
  lossAvoidingLimits,
  sellPrice,
} from '../../../../agents/manufacturers/sync-random-std-prices.ts';

const TODAY = { exponent: 2, futureCut: 0 };
const FUTURE = { exponent: 4, futureCut: 0.25 };
const R = { min: 10, max: 30 };

describe('SyncRandomStd price helpers', () => {
  it('buyPrice() rises from the minimum to the maximum', () => {
    expect(buyPrice(0, R, 2)).toBe(10);
    expect(buyPrice(1, R, 2)).toBe(30);
    expect(buyPrice(0.5, R, 2)).toBe(15); // int(10 + 20 · 0.25 + 0.5)
  });

  it('sellPrice() falls from the maximum to the (future) minimum', () => {
    expect(sellPrice(0, R, TODAY)).toBe(30);
    expect(sellPrice(1, R, TODAY)).toBe(10);
    expect(sellPrice(1, R, FUTURE)).toBe(15); // mn' = 10 + 0.25 · 20
    expect(sellPrice(0.5, R, TODAY)).toBe(25); // int(0.5 + 30 − 20 · 0.25)
  });

  it('buyPrice() and sellPrice() stay in their ranges and move monotonically', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b) => {
          const [s, t] = a <= b ? [a, b] : [b, a];
          for (const curve of [TODAY, FUTURE]) {
            expect(buyPrice(s, R, curve.exponent)).toBeLessThanOrEqual(buyPrice(t, R, curve.exponent));
            expect(sellPrice(s, R, curve)).toBeGreaterThanOrEqual(sellPrice(t, R, curve));
            expect(buyPrice(t, R, curve.exponent)).toBeGreaterThanOrEqual(R.min);
            expect(sellPrice(t, R, curve)).toBeLessThanOrEqual(R.max);
          }
        },
      ),
      { seed: 42 },
    );
  });

  it('goodToBuy() and goodToSell() judge against the curve, stricter for the future', () => {
    expect(goodToBuy(15, 0.5, R, TODAY)).toBe(true);
    expect(goodToBuy(16, 0.5, R, TODAY)).toBe(false);
    // Future at t = 1: the maximum is cut to 30 − 0.25 · 20 = 25.
    expect(goodToBuy(25, 1, R, FUTURE)).toBe(true);
    expect(goodToBuy(26, 1, R, FUTURE)).toBe(false);
    expect(goodToSell(25, 0.5, R, TODAY)).toBe(true);
    expect(goodToSell(24, 0.5, R, TODAY)).toBe(false);
    expect(goodToSell(14, 1, R, FUTURE)).toBe(false);
  });

  it('lossAvoidingLimits() never buys above the output minimum nor sells below the input maximum', () => {
    const issues = (min: number, max: number) => ({
      quantity: { min: 1, max: 30 },
      deliveryDay: { min: 0, max: 10 },
      unitPrice: { min, max },
    });
    expect(lossAvoidingLimits(issues(9, 11), issues(18, 22))).toEqual({
      buy: { min: 9, max: 11 },
      sell: { min: 18, max: 22 },
    });
    expect(lossAvoidingLimits(issues(9, 20), issues(18, 22))).toEqual({
      buy: { min: 9, max: 18 },
      sell: { min: 20, max: 22 },
    });
    // Overlapping the other way empties both ranges (min > max).
    const l = lossAvoidingLimits(issues(20, 30), issues(10, 15));
    expect(l.buy.min > l.buy.max && l.sell.min > l.sell.max).toBe(true);
  });

  it("constructionIssues() builds product 0's Std issue from catalog price 10: prices 9 to 11, days 0 to horizon", () => {
    expect(constructionIssues(10, 10, 50, 30)).toEqual({
      quantity: { min: 1, max: 30 },
      deliveryDay: { min: 0, max: 10 },
      unitPrice: { min: 9, max: 11 },
    });
    expect(constructionIssues(10, 10, 6, 30).deliveryDay).toEqual({ min: 0, max: 5 });
  });
});

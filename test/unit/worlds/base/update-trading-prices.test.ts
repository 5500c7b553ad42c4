import { describe, expect, it } from 'vitest';
import { updateTradingPrices } from '../../../../worlds/base/update-trading-prices.ts';

describe('updateTradingPrices()', () => {
  it('reproduces the reference example: 20 with weight 50, 30 units at 22 -> 20.8 with weight 75', () => {
    const r = updateTradingPrices([20], [50], { quantity: [30], value: [660], discount: 0.9 });
    expect(r.prices[0]).toBeCloseTo(20.8, 12);
    expect(r.weights[0]).toBe(75);
  });

  it('keeps price and weight of a product nothing traded in', () => {
    const r = updateTradingPrices([20, 30], [50, 50], { quantity: [0, 10], value: [0, 300], discount: 0.9 });
    expect(r.prices[0]).toBe(20);
    expect(r.weights[0]).toBe(50);
    expect(r.weights[1]).toBe(55);
  });

  it('does not change its inputs', () => {
    const prices = [20];
    updateTradingPrices(prices, [50], { quantity: [30], value: [660], discount: 0.9 });
    expect(prices).toEqual([20]);
  });
});

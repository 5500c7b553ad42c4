import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GreedyParams } from '../../../../agents/manufacturers/greedy-params.ts';
import {
  greedyAcceptablePrice,
  greedyGoodPrice,
  greedyPriceRange,
  greedyThreshold,
} from '../../../../agents/manufacturers/greedy-prices.ts';

const PARAMS: GreedyParams = {
  concessionExponent: 0.5,
  stepPriceSlack: 0.1,
  oppPriceSlack: 0.1,
  oppAccPriceSlack: 0.1,
  accPriceSlack: Infinity,
  rangeSlack: 0.15,
};
const NO_SELL_HISTORY = { today: 0, accumulated: 0, todayFromPartner: 0, accumulatedFromPartner: 0 };
const NO_BUY_HISTORY = {
  today: Infinity,
  accumulated: Infinity,
  todayFromPartner: Infinity,
  accumulatedFromPartner: Infinity,
};

describe('greedyThreshold', () => {
  it('greedyThreshold() is 1 in round 0 and 0 in the last round', () => {
    expect(greedyThreshold(0, 20, 0.7)).toBe(1);
    expect(greedyThreshold(19, 20, 0.7)).toBe(0);
    expect(greedyThreshold(10, 21, 1)).toBeCloseTo(0.5, 12);
    expect(greedyThreshold(5, 11, 2)).toBeCloseTo(0.25, 12);
    expect(greedyThreshold(0, 1, 0.5)).toBe(0);
  });

  it('greedyThreshold() falls round by round, within [0, 1]', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 40 }), fc.double({ min: 0.2, max: 1, noNaN: true }), (n, e) => {
        let previous = Infinity;
        for (let s = 0; s < n; s++) {
          const th = greedyThreshold(s, n, e);
          expect(th).toBeGreaterThanOrEqual(0);
          expect(th).toBeLessThanOrEqual(1);
          expect(th).toBeLessThanOrEqual(previous);
          previous = th;
        }
      }),
      { seed: 42 },
    );
  });
});

describe('greedyPriceRange', () => {
  it('greedyPriceRange() lets the range slack push a seller below a two-value issue', () => {
    // min(10 · 0.85 = 8.5, max(9, ...)) = 8.5 -> 8: below the issue minimum 9 (§15.1, kept).
    const range = greedyPriceRange(true, { min: 9, max: 10 }, NO_SELL_HISTORY, PARAMS);
    expect(range).toEqual({ low: 8, high: 10 });
    expect(greedyGoodPrice(true, range, 0)).toBe(8);
    expect(greedyGoodPrice(true, range, 1)).toBe(10);
  });

  it('greedyPriceRange() lets the range slack push a buyer above the issue maximum', () => {
    const range = greedyPriceRange(false, { min: 9, max: 10 }, NO_BUY_HISTORY, {
      ...PARAMS,
      rangeSlack: 0.25,
    });
    // max(9 · 1.25 = 11.25, min(10, ...)) -> 11.
    expect(range).toEqual({ low: 9, high: 11 });
    expect(greedyGoodPrice(false, range, 1)).toBe(9);
    expect(greedyGoodPrice(false, range, 0)).toBe(11);
  });

  it("greedyPriceRange() raises a seller's low end to the slackened best prices", () => {
    const bests = { today: 15, accumulated: 19, todayFromPartner: 12, accumulatedFromPartner: 16 };
    // Terms: 15 · 0.9 = 13.5, 19 · (1 − ∞) ignored, 12 · 0.9 = 10.8, 16 · 0.9 = 14.4 -> low = min(17, 14.4).
    expect(greedyPriceRange(true, { min: 10, max: 20 }, bests, PARAMS)).toEqual({ low: 14, high: 20 });
    // A finite accumulated slack makes the accumulated best count.
    expect(greedyPriceRange(true, { min: 10, max: 20 }, bests, { ...PARAMS, accPriceSlack: 0.05 })).toEqual({
      low: 17,
      high: 20,
    });
  });

  it("greedyPriceRange() lowers a buyer's high end to the slackened best prices", () => {
    const bests = { today: 12, accumulated: 11, todayFromPartner: Infinity, accumulatedFromPartner: 14 };
    // Terms: 13.2, ∞ ignored, ∞ ignored, 15.4 -> high = max(11.5, min(20, 13.2)) = 13.2 -> 13.
    expect(greedyPriceRange(false, { min: 10, max: 20 }, bests, PARAMS)).toEqual({ low: 10, high: 13 });
  });

  it('greedyAcceptablePrice() compares the distance from the worst end with th · span', () => {
    const range = { low: 10, high: 20 };
    expect(greedyAcceptablePrice(true, 15, range, 0.5)).toBe(true);
    expect(greedyAcceptablePrice(true, 14, range, 0.5)).toBe(false);
    expect(greedyAcceptablePrice(false, 15, range, 0.5)).toBe(true);
    expect(greedyAcceptablePrice(false, 16, range, 0.5)).toBe(false);
    expect(greedyAcceptablePrice(true, 10, range, 0)).toBe(true);
  });

  it('greedyGoodPrice() slides from the best end to the other', () => {
    const range = { low: 10, high: 20 };
    expect(greedyGoodPrice(true, range, 0.55)).toBe(15);
    expect(greedyGoodPrice(false, range, 0.55)).toBe(14);
  });
});

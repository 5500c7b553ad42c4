import { describe, expect, it } from 'vitest';
import type { FutureNeedsInput } from '../../../../agents/manufacturers/estimate-future-needs.ts';
import { estimateFutureNeeds } from '../../../../agents/manufacturers/estimate-future-needs.ts';

const BASE: FutureNeedsInput = {
  today: 5,
  nDays: 10,
  lastDay: 8,
  isFirstLevel: false,
  isLastLevel: false,
  suppliesAt: () => 0,
  salesAt: () => 0,
  inventoryInput: 0,
  inventoryOutput: 0,
  exogenousInputQuantity: 0,
  exogenousOutputQuantity: 0,
  productivity: 0.3,
};

describe('estimateFutureNeeds', () => {
  it('estimateFutureNeeds() compares supplies up to t with sales from t on', () => {
    const sales: Record<number, number> = { 7: 6, 9: 2 };
    const supplies: Record<number, number> = { 5: 1, 6: 3 };
    const needs = estimateFutureNeeds({
      ...BASE,
      salesAt: (d) => sales[d] ?? 0,
      suppliesAt: (d) => supplies[d] ?? 0,
      inventoryInput: 1,
    });
    // t = 6: supplies 1 + 3 + 1 = 5, sales from 6 = 8 -> buy 3. t = 7: 5 vs 8 -> 3. t = 8: 5 vs 2 -> sell 3.
    expect([...needs.supplies]).toEqual([
      [6, 3],
      [7, 3],
    ]);
    expect([...needs.sales]).toEqual([[8, 3]]);
  });

  it('estimateFutureNeeds() raises secured amounts to productivity times days (not lines)', () => {
    const needs = estimateFutureNeeds(BASE);
    // t = 6: supplies max(0.3, 0) = 0.3, sales max(0.3 · 4, 0) = 1.2 -> 0.9 truncates to 0: dropped.
    // t = 8: supplies 0.9, sales 0.6 -> sell 0.3 -> 0: dropped.
    expect(needs.supplies.size + needs.sales.size).toBe(0);
  });

  it('estimateFutureNeeds() adds the exogenous flows at the edges and zeroes the missing side', () => {
    const first = estimateFutureNeeds({ ...BASE, isFirstLevel: true, exogenousInputQuantity: 4 });
    expect(first.supplies.size).toBe(0);
    expect([...first.sales]).toEqual([
      [6, 2], // 4 − 1.2 = 2.8
      [7, 7], // 8 − 0.9
      [8, 11], // 12 − 0.6
    ]);
    const last = estimateFutureNeeds({ ...BASE, isLastLevel: true, exogenousOutputQuantity: 2 });
    expect(last.sales.size).toBe(0);
    expect([...last.supplies]).toEqual([
      [6, 7], // 8 − 0.3
      [7, 5], // 6 − 0.6
      [8, 3], // 4 − 0.9
    ]);
  });

  it('estimateFutureNeeds() stops at the last delivery day and at the end of the run', () => {
    expect(estimateFutureNeeds({ ...BASE, lastDay: 5 }).supplies.size).toBe(0);
    const capped = estimateFutureNeeds({
      ...BASE,
      lastDay: 40,
      isLastLevel: true,
      exogenousOutputQuantity: 5,
    });
    expect(Math.max(...capped.supplies.keys())).toBe(9);
  });
});

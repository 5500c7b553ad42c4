import { describe, expect, it } from 'vitest';
import { type ProfitInputs, profitOf } from '../../../../worlds/base/profit-function.ts';

// league-rules.md §7.4: a last-level OneShot agent with one exogenous sale of 5 units at 30 each.
const worked: ProfitInputs = {
  day: 3,
  exogenousInputQuantity: 0,
  exogenousInputPrice: 0,
  exogenousOutputQuantity: 5,
  exogenousOutputPrice: 150,
  productionCost: 3,
  nLines: 10,
  shortfallPenalty: 0.5,
  disposalCost: 0.1,
  storageCost: 0,
  inputPenaltyScale: 20,
  outputPenaltyScale: 30,
  balance: 1e9,
  inventoryInput: 0,
  inventoryOutput: 0,
};
const buy = (quantity: number, unitPrice: number, deliveryDay = 3) => ({
  quantity,
  unitPrice,
  deliveryDay,
  isBuy: true,
});
const sell = (quantity: number, unitPrice: number, deliveryDay = 3) => ({
  quantity,
  unitPrice,
  deliveryDay,
  isBuy: false,
});

describe('profitOf()', () => {
  it('reproduces the reference worked example (-5)', () => {
    const r = profitOf(worked, [buy(3, 20), buy(4, 19)]);
    expect(r.inputCost).toBe(136);
    expect(r.producible).toBe(5);
    expect(r.excessQuantity).toBe(2);
    expect(r.disposalCost).toBeCloseTo(4, 12);
    expect(r.profit).toBeCloseTo(-5, 12);
  });

  it('gives +39 when buying exactly what is needed', () => {
    expect(profitOf(worked, [buy(4, 19), buy(1, 20)]).profit).toBe(39);
  });

  it('charges the shortfall penalty at the output scale (-9)', () => {
    const r = profitOf(worked, [buy(3, 20)]);
    expect(r.shortfallQuantity).toBe(2);
    expect(r.shortfallPenalty).toBe(30);
    expect(r.profit).toBe(-9);
  });

  it('ignores items not due today', () => {
    expect(profitOf(worked, [buy(4, 19), buy(1, 20), buy(50, 1, 4)]).profit).toBe(39);
  });

  it('limits production by money but still pays every input', () => {
    // Balance 50: the cheapest 4 @ 19 (76 + 12 production) already exceeds it: floor(50 / 22) = 2 units.
    const r = profitOf({ ...worked, balance: 50 }, [buy(3, 20), buy(4, 19)]);
    expect(r.producible).toBe(2);
    expect(r.inputCost).toBe(136);
    expect(r.revenue).toBe(60);
    expect(r.profit).toBe(60 - 136 - 6 - 0.1 * 5 * 20 - 0.5 * 3 * 30);
  });

  it('produces nothing when the day starts with a negative balance', () => {
    const r = profitOf({ ...worked, balance: -1 }, [buy(5, 10)]);
    expect(r.producible).toBe(0);
    expect(r.shortfallQuantity).toBe(5);
  });

  it('sells the dearest outputs first', () => {
    // A first-level agent: 4 units of exogenous supply at 10, sells 3 @ 15 and 3 @ 12: only 4 produced.
    const first: ProfitInputs = {
      ...worked,
      exogenousInputQuantity: 4,
      exogenousInputPrice: 40,
      exogenousOutputQuantity: 0,
      exogenousOutputPrice: 0,
    };
    const r = profitOf(first, [sell(3, 12), sell(3, 15)]);
    expect(r.producible).toBe(4);
    expect(r.revenue).toBe(45 + 12);
    expect(r.shortfallQuantity).toBe(2);
  });

  it('counts input inventory as already paid-for input that dilutes the exogenous unit price', () => {
    const r = profitOf(
      { ...worked, exogenousInputQuantity: 2, exogenousInputPrice: 20, inventoryInput: 2 },
      [],
    );
    expect(r.inputQuantity).toBe(4);
    expect(r.inputCost).toBe(20);
  });
});

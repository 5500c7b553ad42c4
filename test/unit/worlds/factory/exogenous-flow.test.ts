import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../src/core/rng.ts';
import { exogenousFlow } from '../../../../worlds/factory/exogenous-flow.ts';

describe('exogenousFlow()', () => {
  // One factory per level, one line, fully predictable: every step of §16.2 can be followed by hand.
  const flow = exogenousFlow(
    {
      nSteps: 6,
      nLines: 1,
      agentsPerLevel: [1, 1],
      processInputs: [1, 1],
      processOutputs: [1, 1],
      maxProductivity: 1,
      supplyPredictability: 1,
      salesPredictability: 1,
      levelCosts: [2, 4],
      profits: [0.5, 0.25],
    },
    createRng('flow'),
  );

  it('supplies raw material except on the last n_processes days and shifts the chain one day per level', () => {
    expect(flow.supplies).toEqual([[1, 1, 1, 1, 0, 0]]);
    expect(flow.quantities).toEqual([
      [1, 1, 1, 1, 0, 0],
      [0, 1, 1, 1, 1, 0],
      [0, 0, 1, 1, 1, 1],
    ]);
    expect(flow.sales).toEqual([[0, 0, 1, 1, 1, 1]]);
  });

  it('prices the chain cost-plus: R = ⌈(input cost + cost · runs)(1 + profit)⌉, a level later per process', () => {
    // Level 0: (10 + 2) · 1.5 = 18; level 1: (18 + 4) · 1.25 = 27.5 -> 28.
    expect(flow.totalCosts).toEqual([
      [12, 12, 12, 12, 0, 0],
      [0, 22, 22, 22, 22, 0],
    ]);
    expect(flow.productPrices).toEqual([
      [10, 10, 10, 10, 0, 0],
      [0, 18, 18, 18, 18, 0],
      [0, 0, 28, 28, 28, 28],
    ]);
    expect(flow.salePrices).toEqual([0, 0, 28, 28, 28, 28]);
    expect(flow.catalogPrices).toEqual([10, 18, 28]);
  });
});

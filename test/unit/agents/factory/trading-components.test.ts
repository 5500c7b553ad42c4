import { describe, expect, it } from 'vitest';
import { FixedTradePrediction } from '../../../../agents/factory/fixed-trade-prediction.ts';
import { MeanErp } from '../../../../agents/factory/mean-erp.ts';
import { PredictionBasedTrading } from '../../../../agents/factory/prediction-based-trading.ts';
import { ReactiveTrading } from '../../../../agents/factory/reactive-trading.ts';
import { TradingState } from '../../../../agents/factory/trading-state.ts';
import { contract, handFactoryConfig } from '../../worlds/factory/factory-fixtures.ts';
import { captured } from './agent-fixtures.ts';

describe('FixedTradePrediction', () => {
  it('expects n_lines a day, no outputs up to its input product and no inputs in the last days', () => {
    const { context } = captured(
      handFactoryConfig({ perProcess: [1, 1], nSteps: 5, nLines: 3, agentTypes: ['Idle', 'Capture'] }),
    );
    const p = new FixedTradePrediction(context.view); // process 1 of 2
    expect(p.expectedInputs).toEqual([3, 3, 3, 3, 0]);
    expect(p.expectedOutputs).toEqual([0, 0, 3, 3, 3]);
    expect(p.inputCost).toEqual([20, 20, 20, 20, 20]);
    expect(p.outputPrice).toEqual([30, 30, 30, 30, 30]);
    p.onSigned([
      contract({ seller: 'B', buyer: 'BUYER', deliveryDay: 4, requester: 'BUYER' }),
      contract({ seller: 'A', buyer: 'B', deliveryDay: 2, requester: 'B' }),
    ]);
    expect(p.expectedOutputs[4]).toBe(6);
    expect(p.expectedInputs[2]).toBe(3);
  });
});

describe('TradingState', () => {
  it('step() keeps the reference quirk: a need covering the stock zeroes the stock and stays', () => {
    const { world, context } = captured();
    const s = new TradingState(5);
    s.inputsNeeded[1] = 10;
    s.outputsSecured[2] = 1;
    world.runDay(); // day 1 now; A holds nothing
    s.step(context.view);
    expect(s.inputsNeeded[1]).toBe(10);
    expect(s.outputsNeeded).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('PredictionBasedTrading', () => {
  it('derives needs from the expected trade and signs only what production capacity and needs allow', () => {
    const { context } = captured(
      handFactoryConfig({ nSteps: 6, nLines: 2, agentTypes: ['Capture', 'Idle'] }),
    );
    const prediction = new FixedTradePrediction(context.view);
    const t = new PredictionBasedTrading(context.view, prediction);
    t.refresh(0);
    expect(t.inputsNeeded).toEqual([2, 2, 2, 2, 2, 0]);
    expect(t.outputsNeeded).toEqual([0, 2, 2, 2, 2, 0]);
    const supply = contract({
      id: 'x0',
      seller: 'SELLER',
      buyer: 'A',
      product: 0,
      quantity: 5,
      deliveryDay: 0,
      exogenous: true,
      requester: 'SELLER',
    });
    const tooMuch = contract({
      id: 'x1',
      seller: 'SELLER',
      buyer: 'A',
      product: 0,
      quantity: 4,
      deliveryDay: 1,
      exogenous: true,
      requester: 'SELLER',
    });
    const sale = contract({ id: 'c1', seller: 'A', buyer: 'B', quantity: 2, deliveryDay: 2 });
    // Purchases on day 0 count against needs on days 1..5 (8); 5 fit, 4 more do not. The sale needs cells on days 0..1.
    expect(t.sign([tooMuch, supply, sale])).toEqual([false, true, true]);
    t.onSigned([supply, sale]);
    expect(t.inputsSecured[0]).toBe(5);
    expect(t.outputsSecured[2]).toBe(2);
    // Contracts the partner asked for raise the needs on the other side.
    expect(t.outputsNeeded[1]).toBe(2 + 5);
    expect(t.inputsNeeded[1]).toBe(2 + 2);
  });
});

describe('ReactiveTrading', () => {
  it('signs every contract not already past and turns each into a need on the other side', () => {
    const { context } = captured(handFactoryConfig({ nSteps: 6, agentTypes: ['Capture', 'Idle'] }));
    const t = new ReactiveTrading(context.view);
    const buy = contract({
      id: 'x0',
      seller: 'SELLER',
      buyer: 'A',
      product: 0,
      quantity: 3,
      deliveryDay: 2,
      exogenous: true,
    });
    const sell = contract({ id: 'c1', seller: 'A', buyer: 'B', quantity: 2, deliveryDay: 4 });
    expect(t.sign([buy, sell])).toEqual([true, true]);
    t.onSigned([buy, sell]);
    expect(t.outputsNeeded[2]).toBe(3);
    expect(t.inputsNeeded[1]).toBe(2);
  });
});

describe('MeanErp', () => {
  it('moves the execution fraction towards what was delivered', () => {
    const erp = new MeanErp(10, 10); // weight 10
    erp.executed(contract({ seller: 'A', buyer: 'B', quantity: 10 }));
    expect(erp.fraction).toBeCloseTo((0.95 * 10 + 10) / 20, 12);
    erp.breached(contract({ seller: 'A', buyer: 'B', quantity: 10 }), [
      { contractId: 'c0', day: 0, perpetrator: 'A', victim: 'B', type: 'product', level: 0.5 },
    ]);
    expect(erp.fraction).toBeCloseTo((((0.95 * 10 + 10) / 20) * 20 + 5) / 30, 12);
  });
});

import { describe, expect, it } from 'vitest';
import { validateFactoryConfig } from '../../../../worlds/factory/validate-factory-config.ts';
import { handFactoryConfig } from './factory-fixtures.ts';

describe('validateFactoryConfig()', () => {
  it('accepts a complete config and returns it typed', () => {
    const config = handFactoryConfig({
      exogenous: [
        { factory: 0, isSale: false, product: 0, quantity: 2, unitPrice: 10, deliveryDay: 1, revealDay: 0 },
      ],
    });
    expect(validateFactoryConfig(config)).toEqual({ ok: true, config });
  });

  it('names every bad field, its value and what is allowed', () => {
    const good = handFactoryConfig();
    const bad = {
      ...good,
      nSteps: 0,
      rules: {
        ...good.rules,
        tradingPriceDiscount: 2,
        negotiation: { ...good.rules.negotiation, maxRequestsPerPair: -1 },
      },
      factories: [
        { ...good.factories[0], lineCosts: [-1] },
        { ...good.factories[1], name: 'A', process: 0 },
      ],
      exogenousContracts: [
        {
          id: 'x0',
          factory: 1,
          isSale: true,
          product: 1,
          quantity: 0,
          unitPrice: 5,
          deliveryDay: 2,
          revealDay: 3,
        },
      ],
    };
    const r = validateFactoryConfig(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual(
      expect.arrayContaining([
        'nSteps: got 0, expected an integer >= 1',
        'rules.tradingPriceDiscount: got 2, expected a number in [0, 1]',
        'rules.negotiation.maxRequestsPerPair: got -1, expected an integer >= 0',
        'factories[0].lineCosts[0]: got -1, expected a finite number >= 0',
        "factories[1].name: got 'A', expected a name no other agent has",
        'factories: no factory runs process 1, expected every process 0..1 staffed',
        'exogenousContracts[0].product: got 1, expected 2 for a sale',
        'exogenousContracts[0].quantity: got 0, expected an integer >= 1',
        'exogenousContracts[0].revealDay: got 3, expected <= deliveryDay (2)',
      ]),
    );
  });

  it('rejects something that is not an object', () => {
    expect(validateFactoryConfig(3)).toEqual({ ok: false, errors: ['config: got 3, expected an object'] });
  });
});

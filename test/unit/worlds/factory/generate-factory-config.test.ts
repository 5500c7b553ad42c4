import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../src/core/rng.ts';
import { generateFactoryConfig } from '../../../../worlds/factory/generate-factory-config.ts';
import { validateFactoryConfig } from '../../../../worlds/factory/validate-factory-config.ts';
import { ANAC_FACTORY_PRESET, FACTORY_PRESET } from '../../../../worlds/factory/preset.ts';

const roster = { competitors: [], fillers: ['DecentralizingAgent', 'MovingRangeAgent'] };
const generate = (seed: string, params = FACTORY_PRESET.params) =>
  generateFactoryConfig(params, roster, createRng(seed).derive('generator'));

describe('generateFactoryConfig()', () => {
  it('draws the §16.7 defaults: 50-200 days, 2-4 processes of 2-4 factories, 10 lines, costs 1-4 × level', () => {
    for (const seed of ['g1', 'g2', 'g3', 'g4', 'g5']) {
      const c = generate(seed);
      expect(c.nSteps).toBeGreaterThanOrEqual(50);
      expect(c.nSteps).toBeLessThanOrEqual(200);
      expect(c.nProcesses).toBeGreaterThanOrEqual(2);
      expect(c.nProcesses).toBeLessThanOrEqual(4);
      for (let p = 0; p < c.nProcesses; p++) {
        const level = c.factories.filter((f) => f.process === p);
        expect(level.length).toBeGreaterThanOrEqual(2);
        expect(level.length).toBeLessThanOrEqual(4);
        expect(new Set(level.map((f) => f.initialBalance)).size).toBe(1);
        for (const f of level) {
          expect(f.lineCosts).toHaveLength(10);
          expect(new Set(f.lineCosts).size).toBe(1);
          const base = (f.lineCosts[0] as number) / (p + 1);
          expect(Number.isInteger(base) && base >= 1 && base <= 4).toBe(true);
        }
      }
      expect(c.rules).toMatchObject({
        bankruptcyLimit: 0,
        inventoryValuationTrading: 0.5,
        spotMarketGlobalLoss: 0.3,
      });
      expect(c.catalogPrices[0]).toBe(10);
      expect(validateFactoryConfig(JSON.parse(JSON.stringify(c)))).toEqual({
        ok: true,
        config: expect.anything(),
      });
    }
  });

  it('is a pure function of the seed', () => {
    expect(generate('same')).toEqual(generate('same'));
    expect(generate('same')).not.toEqual(generate('other'));
  });

  it('supplies product 0 at 10 to the first process and buys the last product from the last one, revealed a horizon ahead', () => {
    const c = generate('x');
    const horizon = c.info?.['horizon'] as number;
    expect(horizon).toBeGreaterThanOrEqual(Math.max(1, Math.trunc(0.2 * c.nSteps)));
    expect(horizon).toBeLessThanOrEqual(Math.trunc(0.5 * c.nSteps));
    for (const x of c.exogenousContracts) {
      const f = c.factories[x.factory]!;
      if (x.isSale) {
        expect([x.product, f.process]).toEqual([c.nProcesses, c.nProcesses - 1]);
        expect(x.deliveryDay).toBeGreaterThanOrEqual(c.nProcesses);
      } else {
        expect([x.product, f.process, x.unitPrice]).toEqual([0, 0, 10]);
        expect(x.deliveryDay).toBeLessThan(c.nSteps - c.nProcesses);
      }
      expect(x.revealDay).toBe(Math.max(0, x.deliveryDay - horizon));
    }
    c.factories.forEach((f, i) => {
      const supplied = c.exogenousContracts
        .filter((x) => x.factory === i && !x.isSale)
        .reduce((s, x) => s + x.quantity, 0);
      expect(supplied).toBeLessThanOrEqual(10 * (c.nSteps - c.nProcesses));
      if (f.process === 0) expect(supplied).toBeGreaterThan(0);
    });
  });

  it('cuts a day into one contract per factory when signing is forced', () => {
    const params = {
      ...FACTORY_PRESET.params,
      rules: { ...FACTORY_PRESET.params.rules, forceSigning: true },
    };
    const c = generate('forced', params);
    const keys = c.exogenousContracts.map((x) => `${x.factory}/${x.deliveryDay}/${x.isSale}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('places competitors and applies the ANAC settings', () => {
    const c = generateFactoryConfig(
      ANAC_FACTORY_PRESET.params,
      { competitors: ['Mine', 'Yours'], fillers: ['DecentralizingAgent'] },
      createRng('anac').derive('generator'),
    );
    expect(c.factories.filter((f) => f.agentType === 'Mine')).toHaveLength(1);
    const mean = c.factories.reduce((s, f) => s + f.initialBalance, 0) / c.factories.length;
    expect(c.rules.bankruptcyLimit).toBe(Math.trunc(0.5 + mean));
    expect(c.rules.inventoryValuationTrading).toBeGreaterThanOrEqual(0);
    expect(c.rules.inventoryValuationTrading).toBeLessThanOrEqual(0.5);
    expect(c.rules.negotiation.maxRequestsPerPair).toBe(5);
    expect(c.rules).toMatchObject({ interestRate: 0.08, spotMarketGlobalLoss: 0.2 });
  });
});

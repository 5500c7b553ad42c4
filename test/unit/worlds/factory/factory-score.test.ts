import { describe, expect, it } from 'vitest';
import { factoryScore } from '../../../../worlds/factory/factory-score.ts';
import { handFactoryConfig } from './factory-fixtures.ts';

describe('factoryScore()', () => {
  const books = {
    balance: 90,
    inventory: [1, 2, 0],
    bankrupt: true,
    bankruptDay: 3,
    contractsExecuted: 0,
    breachProbability: 0,
    breachLevel: 0,
  };

  it('is (balance + w · inventory at trading prices - initial) / initial, bankrupt inventory included', () => {
    const config = handFactoryConfig({ balance: 100, rules: { inventoryValuationTrading: 0.5 } });
    expect(factoryScore(config, 0, books, [12, 24, 30])).toEqual({
      inventoryValue: 60,
      finalValue: 120,
      profit: 20,
      score: 0.2,
    });
  });

  it('adds the catalog weight and falls back to the profit when the initial balance is 0', () => {
    const config = handFactoryConfig({
      balance: 0,
      rules: { inventoryValuationTrading: 0, inventoryValuationCatalog: 1 },
    });
    expect(factoryScore(config, 0, books, [12, 24, 30]).score).toBe(90 + 10 + 40);
  });
});

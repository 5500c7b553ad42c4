import { describe, expect, it } from 'vitest';
import { executeContracts } from '../../../../worlds/factory/execute-contracts.ts';
import type { FactoryRules } from '../../../../worlds/factory/factory-config.ts';
import type { FactoryContract } from '../../../../worlds/factory/factory-types.ts';
import { contract, handFactoryConfig, stateOf } from './factory-fixtures.ts';

// A makes product 1 (process 0), B uses it (process 1); trading prices start at the catalog [10, 20, 30].
function run(
  contracts: readonly FactoryContract[],
  setup: { aStock?: number; aBalance?: number; bBalance?: number; aRaw?: number },
  rules: Partial<FactoryRules> = {},
) {
  const config = handFactoryConfig({ rules });
  const state = stateOf(config, (d) => {
    const a = d.factories[0]!;
    const b = d.factories[1]!;
    a.inventory[1] = setup.aStock ?? 0;
    a.inventory[0] = setup.aRaw ?? 0;
    a.balance = setup.aBalance ?? 100;
    b.balance = setup.bBalance ?? 100;
    d.contractsByDay[0] = contracts.slice();
  });
  return { config, ...executeContracts(config, state, ['A', 'B']) };
}

describe('executeContracts()', () => {
  it('moves goods and money when both sides can deliver, with two transfer events', () => {
    const r = run([contract({ seller: 'A', buyer: 'B' })], { aStock: 5 });
    expect(r.state.factories[0]).toMatchObject({ balance: 160, inventory: [0, 2, 0] });
    expect(r.state.factories[1]).toMatchObject({ balance: 40, inventory: [0, 3, 0] });
    expect(r.executions).toEqual([
      {
        contractId: 'c0',
        day: 0,
        status: 'executed',
        quantity: 3,
        money: 60,
        missingProduct: 0,
        missingMoney: 0,
      },
    ]);
    expect(r.books.ledger.map((e) => [e.kind, e.agent, e.quantity, e.money])).toEqual([
      ['transfer', 'B', 3, -60],
      ['transfer', 'A', -3, 60],
    ]);
    expect(r.traded).toEqual({ quantity: [0, 3, 0], value: [0, 60, 0] });
    expect(r.outcomes[0]?.breaches).toEqual([]);
  });

  it('buys missing units on the spot market at ⌈TP · (1 + 0.9 · loss + 0.05 · units bought today)⌉', () => {
    const r = run(
      [contract({ id: 'c0', seller: 'A', buyer: 'B' }), contract({ id: 'c1', seller: 'A', buyer: 'B' })],
      { aStock: 1, bBalance: 1000 },
    );
    // First: 2 missing at ⌈20 · 1.27⌉ = 26; second: 3 missing at ⌈20 · (1.27 + 0.05 · 2)⌉ = 28.
    expect(r.spotPurchases.map((s) => [s.quantity, s.unitPrice, s.bought])).toEqual([
      [2, 26, true],
      [3, 28, true],
    ]);
    expect(r.state.factories[0]?.balance).toBe(100 - 52 + 60 - 84 + 60);
    expect(r.state.factories[0]?.inventory[1]).toBe(0);
    expect(
      r.books.ledger.filter((e) => e.kind === 'spot-purchase').map((e) => [e.quantity, e.money]),
    ).toEqual([
      [2, -52],
      [3, -84],
    ]);
    // A covered breach leaves no product breach object, but the statistics count it (§16.5 step 7).
    expect(r.breaches).toEqual([]);
    expect(r.state.factories[0]?.breachProbability).toBe(1);
    expect(r.state.factories[0]?.breachLevel).toBeCloseTo((1 * 1 + 1) / 2, 12);
  });

  it('charges a buyer short of money the missing amount when L = 0 and executes what it can still pay', () => {
    const r = run([contract({ seller: 'A', buyer: 'B' })], { aStock: 5, bBalance: 40 });
    expect(r.loans).toEqual([
      {
        day: 0,
        agent: 'B',
        kind: 'loan-charge',
        balanceBefore: 40,
        amount: 20,
        contractId: 'c0',
        paid: true,
      },
    ]);
    expect(r.executions[0]).toMatchObject({ status: 'partial', quantity: 1, money: 20, missingMoney: 20 });
    expect(r.state.factories[1]?.balance).toBe(0);
    expect(r.breaches).toEqual([
      { contractId: 'c0', day: 0, perpetrator: 'B', victim: 'A', type: 'money', level: 20 / 60 },
    ]);
  });

  it('charges ⌈missing · (1 + loss)⌉ when L > 0 and lets the balance go negative down to -L', () => {
    const r = run(
      [contract({ seller: 'A', buyer: 'B' })],
      { aStock: 5, bBalance: 40 },
      { bankruptcyLimit: 100 },
    );
    expect(r.loans[0]?.amount).toBe(26);
    expect(r.executions[0]).toMatchObject({ status: 'executed', quantity: 3 });
    expect(r.state.factories[1]?.balance).toBe(40 - 26 - 60);
  });

  it('bankrupts a seller whose spot purchase would pass the limit, paying what its inventory is worth', () => {
    const r = run([contract({ seller: 'A', buyer: 'B' })], { aStock: 0, aBalance: 10, aRaw: 13 });
    const value = (13 * 10) / (1.3 * 1.3);
    expect(r.state.factories[0]).toMatchObject({ bankrupt: true, bankruptDay: 0, balance: 10 - value });
    // The inventory is not removed (it still counts in the score).
    expect(r.state.factories[0]?.inventory).toEqual([13, 0, 0]);
    expect(r.books.liquidations).toEqual([
      { day: 0, agent: 'A', cause: 'spot-purchase', required: 78, value, paid: value, pool: value - 78 },
    ]);
    expect(r.spotPurchases[0]?.bought).toBe(false);
    expect(r.executions[0]).toMatchObject({ status: 'failed', quantity: 0 });
    expect(r.breaches.map((b) => [b.type, b.perpetrator, b.level])).toEqual([['product', 'A', 1]]);
    expect(r.state.bankruptcies).toEqual([{ agent: 'A', day: 0 }]);
    expect(r.books.reports[0]?.report).toMatchObject({ agent: 'A', bankrupt: true, assets: 0 });
  });

  it('executes exogenous contracts with a system agent as the other side', () => {
    const supply = contract({
      id: 'x0',
      seller: 'SELLER',
      buyer: 'A',
      product: 0,
      quantity: 4,
      unitPrice: 10,
      exogenous: true,
    });
    const r = run([supply], {});
    expect(r.state.factories[0]).toMatchObject({ balance: 60, inventory: [4, 0, 0] });
    expect(r.books.ledger).toEqual([
      {
        day: 0,
        kind: 'exogenous',
        agent: 'A',
        product: 0,
        quantity: 4,
        money: -40,
        contractId: 'x0',
        counterparty: 'SELLER',
      },
    ]);
  });

  it('skips a contract with a bankrupt party and sorts the day by product', () => {
    const later = contract({ id: 'c1', seller: 'A', buyer: 'B', product: 1 });
    const first = contract({
      id: 'x0',
      seller: 'SELLER',
      buyer: 'A',
      product: 0,
      quantity: 1,
      unitPrice: 10,
      exogenous: true,
    });
    const r = run([later, first], { aStock: 3 });
    expect(r.executions.map((e) => e.contractId)).toEqual(['x0', 'c1']);
    const config = handFactoryConfig();
    const dead = stateOf(config, (d) => {
      d.factories[1]!.bankrupt = true;
      d.contractsByDay[0] = [contract({ seller: 'A', buyer: 'B' })];
    });
    expect(executeContracts(config, dead, ['A', 'B']).executions[0]?.status).toBe('skipped');
  });

  it('nullifies a contract with a zero quantity or price instead of executing it', () => {
    const r = run([contract({ seller: 'A', buyer: 'B', quantity: 0 })], {});
    expect(r.executions).toEqual([]);
    expect(r.books.nullified).toEqual([{ contractId: 'c0', day: 0, newQuantity: 0, reason: 'invalid' }]);
    expect(r.state.nullified['c0']).toEqual({ day: 0, newQuantity: 0 });
  });
});

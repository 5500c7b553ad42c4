import { describe, expect, it } from 'vitest';
import { chargeInterest } from '../../../../worlds/factory/charge-interest.ts';
import { handFactoryConfig, stateOf } from './factory-fixtures.ts';

describe('chargeInterest()', () => {
  it('charges ⌊rate · |balance|⌋ on a negative balance and nothing on a positive one', () => {
    const config = handFactoryConfig({ rules: { bankruptcyLimit: 1000, interestRate: 0.05 } });
    const state = stateOf(config, (d) => {
      d.factories[0]!.balance = -110;
    });
    const r = chargeInterest(config, state, ['A', 'B']);
    expect(r.state.factories.map((f) => f.balance)).toEqual([-115, 100]);
    expect(r.loans).toEqual([
      { day: 0, agent: 'A', kind: 'interest', balanceBefore: -110, amount: 5, contractId: null, paid: true },
    ]);
    expect(r.books.ledger).toEqual([
      {
        day: 0,
        kind: 'interest',
        agent: 'A',
        product: -1,
        quantity: 0,
        money: -5,
        contractId: null,
        counterparty: 'bank',
      },
    ]);
  });

  it('bankrupts a factory whose interest would take it past the limit', () => {
    const config = handFactoryConfig({ rules: { bankruptcyLimit: 102, interestRate: 0.05 } });
    const state = stateOf(config, (d) => {
      d.factories[0]!.balance = -100;
    });
    const r = chargeInterest(config, state, ['A', 'B']);
    expect(r.loans[0]?.paid).toBe(false);
    expect(r.state.factories[0]?.bankrupt).toBe(true);
    // An empty inventory is worth nothing: the payment receives 0.
    expect(r.books.liquidations[0]).toMatchObject({ cause: 'interest', required: 5, value: 0, paid: 0 });
  });

  it('leaves bankrupt factories alone', () => {
    const config = handFactoryConfig({ rules: { bankruptcyLimit: 1000 } });
    const state = stateOf(config, (d) => {
      d.factories[0]!.balance = -500;
      d.factories[0]!.bankrupt = true;
    });
    expect(chargeInterest(config, state, ['A', 'B']).loans).toEqual([]);
  });
});

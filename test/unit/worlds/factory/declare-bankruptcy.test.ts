import { describe, expect, it } from 'vitest';
import { FactoryBooks } from '../../../../worlds/factory/factory-books.ts';
import type { FactoryRules } from '../../../../worlds/factory/factory-config.ts';
import { contract, handFactoryConfig, stateOf } from './factory-fixtures.ts';

// A (process 0, 100 units of product 0 worth 10 each) cannot pay 50 with L = 0 and a balance of 0.
function bankruptA(rules: Partial<FactoryRules> = {}) {
  const config = handFactoryConfig({ perProcess: [1, 2], nSteps: 5, rules });
  const sale = contract({ id: 'c1', seller: 'A', buyer: 'B', deliveryDay: 2, quantity: 5, unitPrice: 20 });
  const purchase = contract({
    id: 'c2',
    seller: 'A',
    buyer: 'C',
    deliveryDay: 1,
    quantity: 30,
    unitPrice: 25,
  });
  const supply = contract({
    id: 'x0',
    seller: 'SELLER',
    buyer: 'A',
    product: 0,
    deliveryDay: 3,
    exogenous: true,
  });
  const past = contract({ id: 'c0', seller: 'A', buyer: 'B', deliveryDay: 0 });
  const state = stateOf(config, (d) => {
    d.day = 1;
    d.factories[0]!.balance = 0;
    d.factories[0]!.inventory[0] = 100;
    d.contractsByDay[0] = [past];
    d.contractsByDay[1] = [purchase];
    d.contractsByDay[2] = [sale];
    d.contractsByDay[3] = [supply];
  });
  const books = new FactoryBooks(state, { config, names: ['A', 'B', 'C'] });
  const paid = books.pay(0, 50, 'interest', { contractId: null, counterparty: 'bank' });
  return { paid, books, next: books.commit() };
}

const VALUE = 1000 / (1.3 * 1.3);

describe('declareBankruptcy()', () => {
  it('liquidates the inventory at the discounted trading price and pays min(required, value)', () => {
    const { paid, books, next } = bankruptA();
    expect(paid).toBe(false);
    expect(books.liquidations).toEqual([
      { day: 1, agent: 'A', cause: 'interest', required: 50, value: VALUE, paid: 50, pool: VALUE - 50 },
    ]);
    expect(next.factories[0]).toMatchObject({
      bankrupt: true,
      bankruptDay: 1,
      balance: -50,
      inventory: [100, 0, 0],
    });
    expect(books.ledger).toEqual([
      {
        day: 1,
        kind: 'liquidation',
        agent: 'A',
        product: -1,
        quantity: 0,
        money: -50,
        contractId: null,
        counterparty: 'bank',
      },
    ]);
  });

  it('nullifies future contracts with live factories in day order, never exogenous or past ones', () => {
    const { books, next } = bankruptA();
    expect(books.bankruptcies).toEqual([
      { agent: 'A', day: 1, balance: -50, nullifiedContracts: ['c2', 'c1'] },
    ]);
    expect(Object.keys(next.nullified)).toEqual(['c2', 'c1']);
    expect(next.bankruptcies).toEqual([{ agent: 'A', day: 1 }]);
    expect(next.reports[0]?.at(-1)).toMatchObject({
      agent: 'A',
      day: 1,
      cash: -50,
      assets: 0,
      bankrupt: true,
    });
  });

  it('values each victim at the spot price of what the bankrupt owed, from the pool, deferring payment by default', () => {
    const { books, next } = bankruptA();
    // ⌈20 · 1.3⌉ = 26 a unit; the pool (541.7) covers floor(541.7 / 26) = 20 of C's 30 units, then all of B's 5.
    expect(
      books.compensations.map((c) => [c.victim, c.contractId, c.newQuantity, c.unitPrice, c.money, c.paid]),
    ).toEqual([
      ['C', 'c2', 20, 26, 520, false],
      ['B', 'c1', 5, 26, 130, false],
    ]);
    expect(next.factories[1]?.balance).toBe(100);
    expect(books.notices[0]?.victims.get(2)).toEqual({
      contracts: [expect.objectContaining({ id: 'c2' })],
      newQuantities: [20],
      compensation: [0],
    });
  });

  it('pays victims at once from a shrinking pool with compensateImmediately', () => {
    const { books, next } = bankruptA({ compensateImmediately: true });
    // C takes 520 of the 541.7; the 21.7 left buys no unit at 26, so B gets nothing.
    expect(books.compensations.map((c) => [c.victim, c.newQuantity, c.money, c.paid])).toEqual([
      ['C', 20, 520, true],
      ['B', 0, 0, false],
    ]);
    expect(next.factories[2]?.balance).toBe(620);
    expect(books.ledger.filter((e) => e.kind === 'compensation')).toEqual([
      {
        day: 1,
        kind: 'compensation',
        agent: 'C',
        product: -1,
        quantity: 0,
        money: 520,
        contractId: 'c2',
        counterparty: 'A',
      },
    ]);
  });

  it('nullifies everything with quantity 0 when the pool is empty', () => {
    const config = handFactoryConfig({ perProcess: [1, 1] });
    const state = stateOf(config, (d) => {
      d.factories[0]!.balance = 0;
      d.contractsByDay[2] = [contract({ id: 'c1', seller: 'A', buyer: 'B', deliveryDay: 2 })];
    });
    const books = new FactoryBooks(state, { config, names: ['A', 'B'] });
    books.pay(0, 10, 'spot-purchase', { contractId: 'c9', counterparty: 'spot-market' });
    expect(books.compensations.map((c) => [c.newQuantity, c.money])).toEqual([[0, 0]]);
    expect(books.liquidations[0]?.paid).toBe(0);
  });
});

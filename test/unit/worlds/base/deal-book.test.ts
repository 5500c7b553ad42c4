import { describe, expect, it } from 'vitest';
import { DealBook } from '../../../../worlds/base/deal-book.ts';
import type { LeagueContract } from '../../../../worlds/base/league-types.ts';

const NAMES = ['A', 'B', 'C'];

function contract(
  id: string,
  seller: string,
  buyer: string,
  quantity: number,
  deliveryDay: number,
): LeagueContract {
  return {
    id,
    seller,
    buyer,
    product: 1,
    quantity,
    deliveryDay,
    unitPrice: 10,
    signedDay: 0,
    exogenous: false,
  };
}

describe('DealBook', () => {
  it('dealsOf() sums each party its own side of the contracts due on a day', () => {
    const book = new DealBook(NAMES);
    book.add(contract('c0', 'A', 'B', 3, 2), 0, 1);
    book.add(contract('c1', 'A', 'C', 4, 2), 0, 2);
    book.add(contract('c2', 'A', 'B', 5, 3), 0, 1);
    const none = {};
    expect(book.dealsOf(0, 2, none)).toMatchObject({
      totalSales: 7,
      sales: { B: 3, C: 4 },
      totalSupplies: 0,
    });
    expect(book.dealsOf(1, 2, none)).toMatchObject({ totalSupplies: 3, supplies: { A: 3 }, totalSales: 0 });
    expect(book.dealsOf(2, 3, none).totalSupplies).toBe(0);
    expect(book.dealsOf(0, 2, none).contracts.map((c) => c.id)).toEqual(['c0', 'c1']);
  });

  it('dealsOf() sees a contract signed after a cached answer for its day', () => {
    const book = new DealBook(NAMES);
    const none = {};
    book.add(contract('c0', 'A', 'B', 3, 2), 0, 1);
    expect(book.dealsOf(1, 2, none).totalSupplies).toBe(3);
    book.add(contract('c1', 'A', 'B', 2, 2), 0, 1);
    expect(book.dealsOf(1, 2, none).totalSupplies).toBe(5);
  });

  it('dealsOf() leaves out nullified contracts once given a new nullified record', () => {
    const book = new DealBook(NAMES);
    book.add(contract('c0', 'A', 'B', 3, 2), 0, 1);
    book.add(contract('c1', 'A', 'B', 2, 2), 0, 1);
    expect(book.dealsOf(0, 2, {}).totalSales).toBe(5);
    expect(book.dealsOf(0, 2, { c0: 1 }).totalSales).toBe(2);
  });

  it('dealsOf() gives no deals for days without contracts, odd days included', () => {
    const book = new DealBook(NAMES);
    book.add(contract('c0', 'A', 'B', 3, 2), 0, 1);
    for (const day of [0, -1, 2.5, Number.NaN, 99]) expect(book.dealsOf(0, day, {}).totalSales).toBe(0);
  });
});

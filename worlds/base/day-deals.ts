import type { LeagueContract } from './league-types.ts';

const EMPTY: Readonly<Record<string, number>> = Object.freeze({});

/** One factory's deals due on one day. */
export interface DayDeals {
  readonly contracts: readonly LeagueContract[];
  readonly sales: Readonly<Record<string, number>>;
  readonly supplies: Readonly<Record<string, number>>;
  readonly totalSales: number;
  readonly totalSupplies: number;
}

/** The deals of a day without contracts. */
export const NO_DEALS: DayDeals = Object.freeze({
  contracts: [],
  sales: EMPTY,
  supplies: EMPTY,
  totalSales: 0,
  totalSupplies: 0,
});

/** Aggregates `me`'s contracts due on one day (`mine`, in signing order), skipping nullified ones. */
export function collectDeals(
  mine: readonly LeagueContract[],
  nullified: Readonly<Record<string, number>>,
  me: string,
): DayDeals {
  const contracts: LeagueContract[] = [];
  for (const c of mine) if (nullified[c.id] === undefined) contracts.push(c);
  if (contracts.length === 0) return NO_DEALS;
  const sales: Record<string, number> = {};
  const supplies: Record<string, number> = {};
  let totalSales = 0;
  let totalSupplies = 0;
  for (const c of contracts) {
    if (c.buyer === me) {
      supplies[c.seller] = (supplies[c.seller] ?? 0) + c.quantity;
      totalSupplies += c.quantity;
    } else {
      sales[c.buyer] = (sales[c.buyer] ?? 0) + c.quantity;
      totalSales += c.quantity;
    }
  }
  return Object.freeze({
    contracts: Object.freeze(contracts),
    sales: Object.freeze(sales),
    supplies: Object.freeze(supplies),
    totalSales,
    totalSupplies,
  });
}

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

/**
 * A day's deals with the per-partner records built on first use: agents mostly ask for totals, and
 * records keyed by partner names (then frozen) cost more than the rest of the collection.
 */
class CollectedDeals implements DayDeals {
  readonly contracts: readonly LeagueContract[];
  readonly totalSales: number;
  readonly totalSupplies: number;
  readonly #me: string;
  #sales: Readonly<Record<string, number>> | null = null;
  #supplies: Readonly<Record<string, number>> | null = null;

  constructor(contracts: readonly LeagueContract[], me: string) {
    this.contracts = contracts;
    this.#me = me;
    let totalSales = 0;
    let totalSupplies = 0;
    for (const c of contracts) {
      if (c.buyer === me) totalSupplies += c.quantity;
      else totalSales += c.quantity;
    }
    this.totalSales = totalSales;
    this.totalSupplies = totalSupplies;
  }

  get sales(): Readonly<Record<string, number>> {
    if (this.#sales === null) this.#sales = this.#byPartner(false);
    return this.#sales;
  }

  get supplies(): Readonly<Record<string, number>> {
    if (this.#supplies === null) this.#supplies = this.#byPartner(true);
    return this.#supplies;
  }

  /** Quantity per partner, partners in signing order of their first contract. */
  #byPartner(buying: boolean): Readonly<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const c of this.contracts) {
      if ((c.buyer === this.#me) !== buying) continue;
      const partner = buying ? c.seller : c.buyer;
      out[partner] = (out[partner] ?? 0) + c.quantity;
    }
    return Object.freeze(out);
  }
}

/** Aggregates `me`'s contracts due on one day (`mine`, in signing order), skipping nullified ones. */
export function collectDeals(
  mine: readonly LeagueContract[],
  nullified: ReadonlySet<string>,
  me: string,
): DayDeals {
  const contracts: LeagueContract[] = [];
  for (const c of mine) if (!nullified.has(c.id)) contracts.push(c);
  if (contracts.length === 0) return NO_DEALS;
  return new CollectedDeals(Object.freeze(contracts), me);
}

import { type DayDeals, NO_DEALS, collectDeals } from './day-deals.ts';
import type { LeagueContract } from './league-types.ts';

/**
 * Every factory's signed contracts by delivery day, in signing order, with their aggregates cached until
 * they change: a signing drops the two parties' entries for its day, a new nullified record (immer makes
 * one only when it changes) drops all. Agents ask for deals many times a round; rescanning the day's
 * contracts on each ask, and flushing every factory's cache on every signing, dominated Std runs.
 */
export class DealBook {
  readonly #names: readonly string[];
  /** factory -> delivery day -> contracts (sparse: days without contracts stay holes). */
  readonly #contracts: LeagueContract[][][];
  #cache: (DayDeals | undefined)[][];
  #nullified: Readonly<Record<string, number>> | null = null;
  /**
   * The ids of `#nullified`: a record looked up by a contract id it lacks takes V8's slow path (every id
   * is a new key), which made these lookups the dearest part of collecting deals.
   */
  #nullifiedIds: ReadonlySet<string> = new Set();

  constructor(names: readonly string[]) {
    this.#names = names;
    this.#contracts = names.map(() => []);
    this.#cache = names.map(() => []);
  }

  /** Records a contract signed between factories `seller` and `buyer`. */
  add(contract: LeagueContract, seller: number, buyer: number): void {
    this.#file(seller, contract);
    this.#file(buyer, contract);
  }

  /** Factory `i`'s deals due on `day`, leaving out the contracts in `nullified` (contract id -> day). */
  dealsOf(i: number, day: number, nullified: Readonly<Record<string, number>>): DayDeals {
    const ids = this.nullifiedIds(nullified);
    const mine = this.#contracts[i]?.[day];
    const cache = this.#cache[i];
    // Only days holding contracts are cached, so odd `day` values (negative, fractional) never index it.
    if (mine === undefined || cache === undefined) return NO_DEALS;
    let d = cache[day];
    if (d === undefined) {
      d = collectDeals(mine, ids, this.#names[i] as string);
      cache[day] = d;
    }
    return d;
  }

  /** The contract ids of `nullified` as a set (a new record drops every cached answer). */
  nullifiedIds(nullified: Readonly<Record<string, number>>): ReadonlySet<string> {
    if (nullified !== this.#nullified) {
      this.#cache = this.#names.map(() => []);
      this.#nullified = nullified;
      this.#nullifiedIds = new Set(Object.keys(nullified));
    }
    return this.#nullifiedIds;
  }

  #file(i: number, contract: LeagueContract): void {
    const day = contract.deliveryDay;
    const byDay = this.#contracts[i] as LeagueContract[][];
    const list = byDay[day];
    if (list === undefined) byDay[day] = [contract];
    else list.push(contract);
    (this.#cache[i] as (DayDeals | undefined)[])[day] = undefined;
  }
}

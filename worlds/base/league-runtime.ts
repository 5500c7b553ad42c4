import type { SaoMechanism } from '../../src/negotiation/sao-mechanism.ts';
import type { DayDeals } from './day-deals.ts';
import type { LeagueConfig } from './league-config.ts';
import type { LeagueState } from './league-state.ts';
import type { ExogenousSummary, LeagueIssues, LeagueOffer } from './league-types.ts';
import type { LeagueUfun } from './league-ufun.ts';

/** One negotiation of the day between a supplier and a consumer factory. */
export interface DayNegotiation {
  readonly id: string;
  readonly product: number;
  readonly seller: number;
  readonly buyer: number;
  readonly requester: number;
  /** The factory that makes the first offer. */
  readonly opener: number;
  readonly issues: LeagueIssues;
  readonly mechanism: SaoMechanism<LeagueOffer>;
}

/** Today's exogenous totals of one factory (total prices, §4 step 2.1). */
export interface ExogenousToday {
  readonly inputQuantity: number;
  readonly inputPrice: number;
  readonly outputQuantity: number;
  readonly outputPrice: number;
}

/** What exists only during a day: issues, exogenous totals, profit functions, negotiations. */
export interface DayRuntime {
  readonly day: number;
  readonly issues: readonly (LeagueIssues | null)[];
  readonly exogenous: readonly ExogenousToday[];
  readonly summary: readonly ExogenousSummary[];
  readonly ufuns: readonly LeagueUfun[];
  readonly penalties: readonly {
    readonly shortfall: number;
    readonly disposal: number;
    readonly storage: number;
  }[];
  readonly negotiations: readonly DayNegotiation[];
  /** Per factory: partner name -> its negotiation with that partner today. */
  readonly negotiationsOf: readonly ReadonlyMap<string, DayNegotiation>[];
}

/** The read side of a league world: what views, agents' profit functions and phases read. */
export interface LeagueReader {
  readonly config: LeagueConfig;
  readonly state: LeagueState;
  readonly today: DayRuntime | null;
  /** Factory names in world order. */
  readonly names: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** Factory `i`'s signed, non-nullified contracts with other factories due on `day`, aggregated. */
  dealsOf(i: number, day: number): DayDeals;
}

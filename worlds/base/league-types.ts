import type { SaoState } from '../../src/negotiation/sao-types.ts';

/** An offer or agreement in a league negotiation (named fields, never a positional tuple). */
export interface LeagueOffer {
  readonly quantity: number;
  readonly deliveryDay: number;
  readonly unitPrice: number;
}

/** The state a league negotiator sees. */
export type LeagueNegotiationState = SaoState<LeagueOffer>;

/** An integer range of one issue of the day (both ends included). */
export interface IntRange {
  readonly min: number;
  readonly max: number;
}

/** The three issues of a day's negotiations about one product (league-rules.md §5.3). */
export interface LeagueIssues {
  readonly quantity: IntRange;
  readonly deliveryDay: IntRange;
  readonly unitPrice: IntRange;
}

/** A signed contract between two factories, or with a system agent (exogenous). */
export interface LeagueContract {
  readonly id: string;
  readonly seller: string;
  readonly buyer: string;
  readonly product: number;
  readonly quantity: number;
  readonly deliveryDay: number;
  readonly unitPrice: number;
  readonly signedDay: number;
  readonly exogenous: boolean;
}

/** A financial report published every `financialReportPeriod` days (league-rules.md §4 step 7.3). */
export interface FinancialReport {
  readonly agent: string;
  readonly day: number;
  readonly cash: number;
  readonly assets: number;
  readonly breachProbability: number;
  readonly breachLevel: number;
  readonly bankrupt: boolean;
}

/** Today's exogenous totals of one product, published on the bulletin board. */
export interface ExogenousSummary {
  readonly totalQuantity: number;
  /** Total price (the reference's docstring says "average" but stores totals, §19). */
  readonly totalPrice: number;
  /** totalPrice / totalQuantity, or 0 when nothing was exogenous. */
  readonly averageUnitPrice: number;
}

/** A factory's static profile as it sees it (league-rules.md §14, "own static information"). */
export interface OwnProfile {
  readonly name: string;
  readonly level: number;
  readonly inputProduct: number;
  readonly outputProduct: number;
  readonly nLines: number;
  readonly productionCost: number;
  readonly shortfallPenaltyMean: number;
  readonly shortfallPenaltyDev: number;
  readonly disposalCostMean: number;
  readonly disposalCostDev: number;
  readonly storageCostMean: number;
  readonly storageCostDev: number;
  readonly initialBalance: number;
}

/** One of the agent's negotiations of the day, as its view lists it. */
export interface NegotiationDetails {
  readonly partner: string;
  readonly isBuy: boolean;
  readonly product: number;
  readonly issues: LeagueIssues;
  readonly running: boolean;
  readonly state: LeagueNegotiationState;
}

/** The system agents: SELLER supplies product 0, BUYER buys the last product. They never negotiate. */
export const SYSTEM_SELLER = 'SELLER';
export const SYSTEM_BUYER = 'BUYER';

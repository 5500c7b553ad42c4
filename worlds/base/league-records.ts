import type { FaultKind } from './fault-kind.ts';
import type { SaoAction } from '../../src/negotiation/sao-types.ts';
import type { FinancialReport, LeagueContract, LeagueOffer } from './league-types.ts';

/** One negotiation as stored: partners, outcome, and (at log level 'offers') every action. */
export interface NegotiationRecord {
  readonly id: string;
  readonly day: number;
  readonly product: number;
  readonly seller: string;
  readonly buyer: string;
  /** The factory that made the first offer (the requester under the reference's parity rule). */
  readonly opener: string;
  readonly status: 'agreement' | 'broken' | 'timedout' | 'error';
  readonly rounds: number;
  readonly agreement: LeagueOffer | null;
  readonly contractId: string | null;
  /** Actions with `actor` 0 = opener, 1 = the other side; empty unless offers are logged. */
  readonly actions: readonly SaoAction<LeagueOffer>[];
}

/** One factory's day (league-rules.md §17.1 per-agent statistics). */
export interface AgentDayRecord {
  readonly agent: string;
  readonly profit: number;
  readonly balance: number;
  readonly score: number;
  readonly bankrupt: boolean;
  readonly producible: number;
  readonly productivity: number;
  readonly inputQuantity: number;
  readonly outputQuantity: number;
  readonly revenue: number;
  readonly inputCost: number;
  readonly productionCost: number;
  readonly shortfallQuantity: number;
  readonly shortfallPenalty: number;
  readonly disposalCost: number;
  readonly storageCost: number;
  /** Inputs left over (disposed of or stored). */
  readonly excessQuantity: number;
  readonly inventoryInput: number;
  readonly inventoryOutput: number;
}

/** One product's day (league-rules.md §17.1 per-product statistics). */
export interface ProductDayRecord {
  readonly product: number;
  /** Trading price after today's update. */
  readonly tradingPrice: number;
  readonly soldQuantity: number;
  readonly averageUnitPrice: number;
  readonly exogenousQuantity: number;
  readonly exogenousUnitPrice: number;
}

/** An exception or invalid output from an agent, contained by the world. */
export interface FaultRecord {
  readonly agent: string;
  readonly day: number;
  readonly callback: string;
  readonly kind: FaultKind;
  readonly message: string;
}

/** A product breach record (§9): more output promised than min(input, lines). */
export interface BreachRecord {
  readonly agent: string;
  readonly day: number;
  readonly level: number;
}

export interface BankruptcyRecord {
  readonly agent: string;
  readonly day: number;
  readonly balance: number;
  readonly nullifiedContracts: readonly string[];
}

/** Everything a league day produced, handed to the run sink once per day. */
export interface LeagueDayRecord {
  readonly day: number;
  /** Chained hash: this day's state and changes hashed together with the previous day's hash. */
  readonly stateHash: string;
  readonly negotiations: readonly NegotiationRecord[];
  /** Contracts signed today (factory contracts; exogenous ones are in the config). */
  readonly contracts: readonly LeagueContract[];
  readonly executedContracts: readonly string[];
  readonly nullifiedContracts: readonly string[];
  readonly agents: readonly AgentDayRecord[];
  readonly products: readonly ProductDayRecord[];
  readonly breaches: readonly BreachRecord[];
  readonly bankruptcies: readonly BankruptcyRecord[];
  readonly reports: readonly FinancialReport[];
  readonly faults: readonly FaultRecord[];
}

import type { SaoState } from '../../src/negotiation/sao-types.ts';
import type { IntRange } from '../base/league-types.ts';

export { SYSTEM_BUYER, SYSTEM_SELLER } from '../base/league-types.ts';
export type { IntRange } from '../base/league-types.ts';

/** An offer or agreement in a factory-world negotiation (league-rules.md §16.3: quantity, time, unit price). */
export interface FactoryOffer {
  readonly quantity: number;
  readonly deliveryDay: number;
  readonly unitPrice: number;
}

/** The state a factory negotiator sees. */
export type FactoryNegotiationState = SaoState<FactoryOffer>;

/** The three issues of one negotiation, as the requester asked for them (§16.3). */
export interface FactoryIssues {
  readonly quantity: IntRange;
  readonly deliveryDay: IntRange;
  readonly unitPrice: IntRange;
}

/** What both partners know about a negotiation (the reference's annotation plus the issues). */
export interface NegotiationInfo {
  readonly id: string;
  readonly product: number;
  readonly buyer: string;
  readonly seller: string;
  /** The agent that asked for it (the reference's `caller`); it opens. */
  readonly requester: string;
  readonly issues: FactoryIssues;
  /** The day it was requested. */
  readonly requestedDay: number;
}

/**
 * A contract between two factories, or between a factory and a system agent (exogenous). Quantities,
 * days and unit prices are integers.
 */
export interface FactoryContract {
  readonly id: string;
  readonly seller: string;
  readonly buyer: string;
  readonly product: number;
  readonly quantity: number;
  readonly deliveryDay: number;
  readonly unitPrice: number;
  /** Day the negotiation ended, or the revelation day of an exogenous contract. */
  readonly concludedDay: number;
  readonly exogenous: boolean;
  /** Who asked for it: the requester of the negotiation, or the system agent for exogenous contracts. */
  readonly requester: string;
}

/** A breach found when a contract is executed (league-rules.md §16.5 steps 3-4). */
export interface FactoryBreach {
  readonly contractId: string;
  readonly day: number;
  readonly perpetrator: string;
  readonly victim: string;
  readonly type: 'product' | 'money';
  /** Missing fraction in (0, 1]. */
  readonly level: number;
}

/** A financial report on the bulletin board (league-rules.md §16.6). */
export interface FactoryFinancialReport {
  readonly agent: string;
  readonly day: number;
  readonly cash: number;
  /** ⌊Σ trading price × inventory⌋, 0 once bankrupt. */
  readonly assets: number;
  readonly breachProbability: number;
  readonly breachLevel: number;
  readonly bankrupt: boolean;
}

/** The exogenous summary of one product and day (§16.2 `publish_exogenous_summary`), over all exogenous contracts. */
export interface FactoryExogenousSummary {
  readonly product: number;
  readonly day: number;
  readonly totalQuantity: number;
  readonly totalPrice: number;
}

/** One cell of a factory's production table: a day and a line. */
export interface ProductionCell {
  readonly day: number;
  readonly line: number;
}

/**
 * Kinds of ledger events (docs/factory-world.md "The conservation ledger"). `transfer` moves money and
 * goods between two factories and sums to zero; every other kind is a source or sink of money or goods.
 */
export type LedgerKind =
  | 'exogenous'
  | 'transfer'
  | 'production'
  | 'spot-purchase'
  | 'interest'
  | 'loan-charge'
  | 'liquidation'
  | 'compensation';

/**
 * One movement of money and/or goods into one factory's books (negative = out). A factory's balance
 * after a day is its balance before plus every `money` of its events, added in event order; its
 * inventory of product p changes by the `quantity` of its events with that product.
 */
export interface LedgerEvent {
  readonly day: number;
  readonly kind: LedgerKind;
  readonly agent: string;
  /** Product whose inventory changes, or -1 for a money-only event. */
  readonly product: number;
  readonly quantity: number;
  readonly money: number;
  readonly contractId: string | null;
  /** The other side: a factory, SELLER/BUYER, 'spot-market', 'bank' or 'liquidation'. */
  readonly counterparty: string;
}

import type { SaoAction } from '../../src/negotiation/sao-types.ts';
import type { FaultRecord } from '../base/league-records.ts';
import type {
  FactoryBreach,
  FactoryContract,
  FactoryFinancialReport,
  FactoryOffer,
  LedgerEvent,
  LedgerKind,
} from './factory-types.ts';

export type { FaultRecord } from '../base/league-records.ts';

/** One negotiation as stored, written the day it ended. */
export interface FactoryNegotiationRecord {
  readonly id: string;
  /** Day it ended. */
  readonly day: number;
  readonly requestedDay: number;
  readonly product: number;
  readonly seller: string;
  readonly buyer: string;
  /** The requester, which opens. */
  readonly requester: string;
  readonly status: 'agreement' | 'broken' | 'timedout' | 'error';
  readonly rounds: number;
  readonly agreement: FactoryOffer | null;
  /** The concluded (not necessarily signed) contract's id. */
  readonly contractId: string | null;
  /** Actions with `actor` 0 = requester, 1 = partner; empty unless offers are logged. */
  readonly actions: readonly SaoAction<FactoryOffer>[];
}

/** What happened to one contract due today (league-rules.md §16.5). */
export interface ExecutionRecord {
  readonly contractId: string;
  readonly day: number;
  /** 'executed': all delivered and paid; 'partial': fewer units; 'failed': nothing moved; 'skipped': a party was bankrupt. */
  readonly status: 'executed' | 'partial' | 'failed' | 'skipped';
  readonly quantity: number;
  readonly money: number;
  readonly missingProduct: number;
  readonly missingMoney: number;
}

/** A seller's purchase of missing units on the spot market (§16.5 step 3). */
export interface SpotPurchaseRecord {
  readonly day: number;
  readonly agent: string;
  readonly product: number;
  readonly quantity: number;
  readonly unitPrice: number;
  readonly contractId: string;
  /** false when the payment bankrupted the seller and no unit arrived. */
  readonly bought: boolean;
}

/** Interest on a negative balance (§16.4 stage 0) or a borrow charge for missing money (§16.5 step 4). */
export interface LoanRecord {
  readonly day: number;
  readonly agent: string;
  readonly kind: 'interest' | 'loan-charge';
  readonly balanceBefore: number;
  readonly amount: number;
  readonly contractId: string | null;
  /** false when the payment bankrupted the factory. */
  readonly paid: boolean;
}

/** One factory's production of one day (§16.1), all its lines together. */
export interface ProductionRecord {
  readonly day: number;
  readonly agent: string;
  readonly process: number;
  /** Lines with a command today. */
  readonly scheduled: number;
  /** Runs made. */
  readonly runs: number;
  readonly consumed: number;
  readonly produced: number;
  readonly cost: number;
  /** Commands refused for lack of money (or an infinite cost) and for lack of input. */
  readonly failedMoney: number;
  readonly failedInventory: number;
}

/** The liquidation of a bankrupt factory (§16.6). */
export interface LiquidationRecord {
  readonly day: number;
  readonly agent: string;
  /** What the payment that bankrupted it was for. */
  readonly cause: LedgerKind;
  readonly required: number;
  /** Liquidation value V of its inventory. */
  readonly value: number;
  /** min(required, V), taken from its balance. */
  readonly paid: number;
  /** The compensation pool A. */
  readonly pool: number;
}

/** The compensation of one victim of a bankruptcy for one nullified contract (§16.6). */
export interface CompensationRecord {
  readonly day: number;
  readonly bankrupt: string;
  readonly victim: string;
  readonly contractId: string;
  readonly quantity: number;
  readonly newQuantity: number;
  readonly unitPrice: number;
  readonly money: number;
  /** true when paid at once (`compensateImmediately`); deferred compensation is never paid (reference). */
  readonly paid: boolean;
}

export interface FactoryBankruptcyRecord {
  readonly agent: string;
  readonly day: number;
  /** Balance right after liquidation. */
  readonly balance: number;
  readonly nullifiedContracts: readonly string[];
}

export interface NullifiedRecord {
  readonly contractId: string;
  readonly day: number;
  readonly newQuantity: number;
  readonly reason: 'bankruptcy' | 'invalid';
}

/** A concluded or revealed contract that was not signed. */
export interface CancelledRecord {
  readonly contract: FactoryContract;
  readonly reason: 'bankrupt-partner' | 'after-last-day' | 'refused' | 'invalid';
  readonly rejectors: readonly string[];
}

export interface FactoryAgentDayRecord {
  readonly agent: string;
  readonly balance: number;
  /** Units held per product at the end of the day. */
  readonly inventory: readonly number[];
  readonly bankrupt: boolean;
  /** Σ inventory × trading price. */
  readonly inventoryValue: number;
  /** The score if the run ended today. */
  readonly score: number;
}

export interface FactoryProductDayRecord {
  readonly product: number;
  /** After today's update. */
  readonly tradingPrice: number;
  readonly tradedQuantity: number;
  readonly averageUnitPrice: number;
}

/** Everything a factory-world day produced, handed to the run sink once per day. */
export interface FactoryDayRecord {
  readonly day: number;
  readonly stateHash: string;
  readonly negotiations: readonly FactoryNegotiationRecord[];
  readonly requests: { readonly accepted: number; readonly refused: number };
  /** Contracts signed today (exogenous ones included). */
  readonly contracts: readonly FactoryContract[];
  readonly cancelled: readonly CancelledRecord[];
  readonly executions: readonly ExecutionRecord[];
  readonly nullified: readonly NullifiedRecord[];
  readonly breaches: readonly FactoryBreach[];
  readonly spotPurchases: readonly SpotPurchaseRecord[];
  readonly loans: readonly LoanRecord[];
  readonly production: readonly ProductionRecord[];
  readonly liquidations: readonly LiquidationRecord[];
  readonly compensations: readonly CompensationRecord[];
  readonly bankruptcies: readonly FactoryBankruptcyRecord[];
  readonly reports: readonly FactoryFinancialReport[];
  /** Every movement of money and goods today, in the order applied. */
  readonly ledger: readonly LedgerEvent[];
  readonly agents: readonly FactoryAgentDayRecord[];
  readonly products: readonly FactoryProductDayRecord[];
  readonly faults: readonly FaultRecord[];
}

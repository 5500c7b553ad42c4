import { freeze } from 'immer';
import type { FactoryConfig } from './factory-config.ts';
import type { FactoryContract, FactoryFinancialReport } from './factory-types.ts';

/** What changes about one factory from day to day: its books and its breach statistics. */
export interface FactoryBooksState {
  readonly balance: number;
  /** Units held per product (index = product). */
  readonly inventory: readonly number[];
  readonly bankrupt: boolean;
  /** Day it went bankrupt, or -1. */
  readonly bankruptDay: number;
  /** Contracts it was party to at execution (n of §16.5 step 7). */
  readonly contractsExecuted: number;
  readonly breachProbability: number;
  readonly breachLevel: number;
}

/** A contract nullified by a bankruptcy (or invalid at execution), with the quantity it was cut to. */
export interface Nullification {
  readonly day: number;
  readonly newQuantity: number;
}

/**
 * The physical state of a factory world between phases: money, goods, contracts, prices, the bulletin
 * board. Changed only inside immer `produce` calls, one per phase (style.md §4.7).
 */
export interface FactoryWorldState {
  /** The day being run (nSteps once the run is over). */
  readonly day: number;
  readonly tradingPrices: readonly number[];
  readonly tradingWeights: readonly number[];
  readonly factories: readonly FactoryBooksState[];
  /** Signed contracts by delivery day, in signing order. */
  readonly contractsByDay: readonly (readonly FactoryContract[])[];
  readonly nullified: Readonly<Record<string, Nullification>>;
  /** Every financial report published, per factory, oldest first. */
  readonly reports: readonly (readonly FactoryFinancialReport[])[];
  /** Bankruptcies announced on the bulletin board, in order. */
  readonly bankruptcies: readonly { readonly agent: string; readonly day: number }[];
  readonly nextContractId: number;
  readonly nextNegotiationId: number;
}

/** The state before day 0. */
export function initialFactoryState(config: FactoryConfig): FactoryWorldState {
  const nProducts = config.nProcesses + 1;
  return freeze(
    {
      day: 0,
      tradingPrices: config.catalogPrices.slice(),
      tradingWeights: config.catalogPrices.map(() => config.rules.catalogQuantities),
      factories: config.factories.map((f) => ({
        balance: f.initialBalance,
        inventory: new Array<number>(nProducts).fill(0),
        bankrupt: false,
        bankruptDay: -1,
        contractsExecuted: 0,
        breachProbability: 0,
        breachLevel: 0,
      })),
      contractsByDay: Array.from({ length: config.nSteps }, () => []),
      nullified: {},
      reports: config.factories.map(() => []),
      bankruptcies: [],
      nextContractId: 0,
      nextNegotiationId: 0,
    },
    true,
  );
}

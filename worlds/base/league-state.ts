import { freeze } from 'immer';
import type { LeagueConfig } from './league-config.ts';
import type { FinancialReport, LeagueContract } from './league-types.ts';

/** What changes about one factory from day to day. */
export interface FactoryState {
  readonly balance: number;
  readonly inventoryInput: number;
  readonly inventoryOutput: number;
  readonly bankrupt: boolean;
  /** Day the factory went bankrupt, or -1. */
  readonly bankruptDay: number;
  /** Days with a breach record and the sum of their levels (for financial reports, §9). */
  readonly breachDays: number;
  readonly breachLevelSum: number;
  readonly lastProfit: number;
}

/**
 * The whole mutable state of a league world between phases. Changed only inside immer `produce` calls,
 * one per phase (style.md §4.7), so every value an agent can reach is frozen.
 */
export interface LeagueState {
  /** The day being run (nSteps once the run is over). */
  readonly day: number;
  readonly tradingPrices: readonly number[];
  readonly tradingWeights: readonly number[];
  readonly factories: readonly FactoryState[];
  /** Signed contracts between factories, by delivery day, in signing order. */
  readonly contractsByDay: readonly (readonly LeagueContract[])[];
  /** Contract id -> day it was nullified. */
  readonly nullified: Readonly<Record<string, number>>;
  /** Latest financial report of every factory (empty until the first report day). */
  readonly reports: readonly FinancialReport[];
  readonly nextContractId: number;
  readonly nextNegotiationId: number;
}

/** The state before day 0. */
export function initialLeagueState(config: LeagueConfig): LeagueState {
  return freeze(
    {
      day: 0,
      tradingPrices: config.catalogPrices.slice(),
      tradingWeights: config.catalogPrices.map(() => config.catalogQuantities),
      factories: config.factories.map((f) => ({
        balance: f.initialBalance,
        inventoryInput: 0,
        inventoryOutput: 0,
        bankrupt: false,
        bankruptDay: -1,
        breachDays: 0,
        breachLevelSum: 0,
        lastProfit: 0,
      })),
      contractsByDay: Array.from({ length: config.nSteps }, () => []),
      nullified: {},
      reports: [],
      nextContractId: 0,
      nextNegotiationId: 0,
    },
    true,
  );
}

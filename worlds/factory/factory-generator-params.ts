import type { IntRange, RealRange } from '../base/generator-params.ts';
import type { FactoryRules } from './factory-config.ts';

/**
 * Every parameter of the factory-world generator (league-rules.md §16.7, `SCML2020World.generate`)
 * and the world rules the generated config carries. A range draws once per element (per world, per
 * level, per agent, as each field says); a scalar draws nothing.
 */
export interface FactoryGeneratorParams {
  /** Days; one draw per world. */
  readonly nSteps: IntRange;
  /** Processes (levels); products = processes + 1. One draw per world. */
  readonly nProcesses: IntRange;
  /** Lines per factory; one draw per world. */
  readonly nLines: IntRange;
  /** Factories per level; one draw per level. */
  readonly nAgentsPerProcess: IntRange;
  /** Explicit factories per level (overrides nProcesses and nAgentsPerProcess). */
  readonly agentsPerLevel?: readonly number[] | undefined;
  /** Integer production cost per factory before level scaling; one draw per factory. */
  readonly productionCosts: IntRange;
  /** Multiply each cost by (level + 1) (`cost_increases_with_level`). */
  readonly costIncreasesWithLevel: boolean;
  /** Profit mean per factory (the price chain reads those of factories 0, 1, ...; §16.2 step 3). */
  readonly profitMeans: RealRange;
  /** A scalar is truncated to an integer as the reference does (0.001 -> 0). One draw per process. */
  readonly profitStddevs: RealRange;
  /** Fraction of line capacity used by the exogenous flow; one draw per world. */
  readonly maxProductivity: RealRange;
  readonly exogenousSupplyPredictability: RealRange;
  readonly exogenousSalesPredictability: RealRange;
  /** Share of a day's exogenous quantity cut into separate contracts; one draw per world. */
  readonly exogenousControl: RealRange;
  /** Initial balance = this × a level's share of its whole-game cost; one draw per world. */
  readonly cashAvailability: RealRange;
  /** Revelation horizon as a fraction of nSteps; one draw per world. */
  readonly horizon: RealRange;
  /** Every factory's balance; null derives it (§16.7). */
  readonly initialBalance: number | null;
  /** L as a fraction of the mean initial balance (0 in 2020; 1 in the ANAC configs). */
  readonly bankruptcyLimitFraction: number;
  /** Score weight of inventory at trading prices; one draw per world (0.5 in 2020, U(0, 0.5) from 2021). */
  readonly inventoryValuationTrading: RealRange;
  /** World rules copied into the config (the score weight and L are set from the fields above). */
  readonly rules: Omit<FactoryRules, 'inventoryValuationTrading' | 'bankruptcyLimit'>;
}

const RULES_2020: FactoryGeneratorParams['rules'] = {
  spotMarketGlobalLoss: 0.3,
  spotDiscount: 0.9,
  spotMultiplier: 0.05,
  interestRate: 0.05,
  liquidationRate: 1,
  compensationFraction: 1,
  compensateImmediately: false,
  compensateBeforePastDebt: true,
  borrowOnBreach: true,
  financialReportPeriod: 5,
  catalogQuantities: 50,
  tradingPriceDiscount: 0.9,
  inventoryValuationCatalog: 0,
  forceSigning: false,
  exogenousForceMax: false,
  publishTradingPrices: true,
  publishExogenousSummary: true,
  allowSellingInput: false,
  allowBuyingOutput: false,
  negotiation: { nSteps: 20, speed: 21, maxRequestsPerPair: null, quotaPerStep: null },
};

/** `SCML2020World.generate` defaults (league-rules.md §16.7). */
export const FACTORY_DEFAULTS: FactoryGeneratorParams = Object.freeze({
  nSteps: [50, 200],
  nProcesses: [2, 4],
  nLines: 10,
  nAgentsPerProcess: [2, 4],
  productionCosts: [1, 4],
  costIncreasesWithLevel: true,
  profitMeans: [0.15, 0.2],
  profitStddevs: 0.001,
  maxProductivity: 1,
  exogenousSupplyPredictability: [0.6, 0.9],
  exogenousSalesPredictability: [0.6, 0.9],
  exogenousControl: [0.2, 0.8],
  cashAvailability: [1.5, 2.5],
  horizon: [0.2, 0.5],
  initialBalance: null,
  bankruptcyLimitFraction: 0,
  inventoryValuationTrading: 0.5,
  rules: RULES_2020,
} as const);

/**
 * `SCML2021World.generate` as the ANAC 2021-2023 configs run it (§16.6, §16.7): 5 requests per pair,
 * score weight U(0, 0.5), global loss 0.2, interest 0.08, bankruptcy limit = mean initial balance.
 */
export const FACTORY_ANAC_DEFAULTS: FactoryGeneratorParams = Object.freeze({
  ...FACTORY_DEFAULTS,
  bankruptcyLimitFraction: 1,
  inventoryValuationTrading: [0, 0.5] as const,
  rules: {
    ...RULES_2020,
    spotMarketGlobalLoss: 0.2,
    interestRate: 0.08,
    negotiation: { ...RULES_2020.negotiation, maxRequestsPerPair: 5 },
  },
});

import type { FirstMover, PenaltiesScale } from './league-config.ts';

/** A fixed integer, or an inclusive range [min, max] sampled uniformly among the integers. */
export type IntRange = number | readonly [min: number, max: number];

/** A fixed real, or a range [min, max] sampled as min + U·(max − min). */
export type RealRange = number | readonly [min: number, max: number];

/** Statistic that summarises a level's production costs in the price chain (`profit_basis`). */
export type ProfitBasis = 'max' | 'min' | 'mean';

/**
 * Every parameter of the OneShot/Std world generator (league-rules.md §3.1) plus the world-constructor
 * defaults the generated config carries. Ranges are sampled as `make_array` does: one draw per
 * element (per world, per process, per agent or per day, as each field says). Names follow the
 * reference's, in camelCase. See worlds/README.md for units and ranges.
 */
export interface LeagueGeneratorParams {
  readonly variant: 'oneshot' | 'std';
  /** Days. One draw per world. */
  readonly nSteps: IntRange;
  /** Production levels; products = processes + 1. One draw per world. */
  readonly nProcesses: IntRange;
  /** Lines per factory, the same for every factory. One draw per world. */
  readonly nLines: IntRange;
  /** Factories per level. One draw per level. */
  readonly nAgentsPerProcess: IntRange;
  /** Explicit factories per level (overrides nProcesses and nAgentsPerProcess; no draws). */
  readonly agentsPerLevel?: readonly number[] | undefined;
  /** Units consumed / produced per line per day; only 1 is supported, as in the league. */
  readonly processInputs: number;
  readonly processOutputs: number;
  /** Integer production cost per agent before level scaling. One draw per agent. */
  readonly productionCosts: IntRange;
  /** Multiply each agent's cost by (level + 1) (`cost_increases_with_level`). */
  readonly costIncreasesWithLevel: boolean;
  /** Mean profit fraction per process. One draw per process. */
  readonly profitMeans: RealRange;
  /**
   * Profit deviation per process. A range draws one value per process; a scalar is truncated to an
   * integer as the reference's `make_array` does, so the default 0.05 becomes 0 (league-rules.md §3.1).
   */
  readonly profitStddevs: RealRange;
  /** Fraction of a level's line capacity usable per process per day. One draw per process and day. */
  readonly maxProductivity: RealRange;
  /** Fraction of level-0 capacity supplied as raw material per day. One draw per day. */
  readonly maxSupply: RealRange;
  /** Every factory's initial balance; null derives it from costs (league-rules.md §3.2 step 6). */
  readonly initialBalance: number | null;
  /** Multiple of a level's whole-game cost share given as initial balance. One draw per world. */
  readonly cashAvailability: RealRange;
  /** In [0, 1]. One draw per world each. */
  readonly exogenousSupplyPredictability: RealRange;
  readonly exogenousSalesPredictability: RealRange;
  /** <= 0: one exogenous contract per agent per day (the only supported mode). */
  readonly exogenousControl: number;
  /** Relative deviation of exogenous unit prices. One draw per world. */
  readonly exogenousPriceDev: RealRange;
  /** Per-agent mean shortfall penalty (per unit, times the penalty scale). One draw per agent. */
  readonly shortfallPenalty: RealRange;
  /** Per-agent deviation as a fraction of its mean. One draw per agent. */
  readonly shortfallPenaltyDev: RealRange;
  /** Per-agent mean disposal cost; forced to 0 when not perishable. */
  readonly disposalCost: RealRange;
  readonly disposalCostDev: RealRange;
  /** Per-agent mean storage cost; forced to 0 when perishable. */
  readonly storageCost: RealRange;
  readonly storageCostDev: RealRange;
  readonly penaltiesScale: PenaltiesScale;
  /** Cap each agent's daily exogenous quantity at its lines (OneShot). */
  readonly capExogenousQuantities: boolean;
  readonly equalExogenousSupply: boolean;
  readonly equalExogenousSales: boolean;
  readonly profitBasis: ProfitBasis;
  /** Recorded for the engine; the generator does not use it. */
  readonly forceSigning: boolean;
  /** Recorded only: agent types always come from the roster here. */
  readonly randomAgentTypes: boolean;
  readonly perishable: boolean;
  // World-constructor defaults (league-rules.md §3.1, after the table).
  readonly catalogQuantities: number;
  readonly tradingPriceDiscount: number;
  readonly financialReportPeriod: number;
  readonly bankruptcyLimit: number;
  readonly publishTradingPrices: boolean;
  readonly publishExogenousSummary: boolean;
  readonly negotiation: {
    readonly nSteps: number;
    readonly quantityMultiplier: number;
    readonly horizon: number;
    /** One draw per world when a range. */
    readonly priceMultiplier: RealRange;
    readonly priceRangeFraction: number;
    readonly widePriceRange: boolean;
    readonly allowZeroQuantity: boolean;
    readonly firstMover: FirstMover;
  };
}

/** OneShot 2024/2025 (`SCML2024OneShotWorld`): 2 levels, perishable, two-value price issue. */
export const ONESHOT_DEFAULTS: LeagueGeneratorParams = {
  variant: 'oneshot',
  nSteps: [50, 200],
  nProcesses: 2,
  nLines: 10,
  nAgentsPerProcess: [4, 8],
  processInputs: 1,
  processOutputs: 1,
  productionCosts: [1, 4],
  costIncreasesWithLevel: true,
  profitMeans: [0.1, 0.2],
  profitStddevs: 0.05,
  maxProductivity: [0.8, 1.0],
  maxSupply: [0.8, 1.0],
  initialBalance: null,
  cashAvailability: [1.5, 2.5],
  exogenousSupplyPredictability: [0.6, 0.9],
  exogenousSalesPredictability: [0.6, 0.9],
  exogenousControl: -1,
  exogenousPriceDev: [0.1, 0.2],
  shortfallPenalty: [0.2, 1.0],
  shortfallPenaltyDev: [0.0, 0.1],
  disposalCost: [0.0, 0.2],
  disposalCostDev: [0.0, 0.02],
  storageCost: [0.0, 0.02],
  storageCostDev: 0,
  penaltiesScale: 'trading',
  capExogenousQuantities: true,
  equalExogenousSupply: false,
  equalExogenousSales: false,
  profitBasis: 'max',
  forceSigning: true,
  randomAgentTypes: false,
  perishable: true,
  catalogQuantities: 50,
  tradingPriceDiscount: 0.9,
  financialReportPeriod: 5,
  bankruptcyLimit: 0,
  publishTradingPrices: true,
  publishExogenousSummary: true,
  negotiation: {
    nSteps: 20,
    quantityMultiplier: 1,
    horizon: 0,
    // The 2023/2024 OneShot classes force 0 (league-rules.md §2.1): a two-value price issue.
    priceMultiplier: 0,
    priceRangeFraction: 0,
    widePriceRange: false,
    allowZeroQuantity: false,
    firstMover: 'parity',
  },
};

/** Std 2024/2025 (`StdWorld`) with the generator's own 2–3 levels. */
export const STD_DEFAULTS: LeagueGeneratorParams = {
  ...ONESHOT_DEFAULTS,
  variant: 'std',
  nProcesses: [2, 3],
  maxSupply: [0.2, 1.0],
  exogenousSupplyPredictability: [0.0, 0.7],
  exogenousSalesPredictability: [0.0, 0.7],
  disposalCost: 0,
  disposalCostDev: 0,
  storageCost: [0.01, 0.05],
  storageCostDev: 0,
  capExogenousQuantities: false,
  perishable: false,
  negotiation: {
    ...ONESHOT_DEFAULTS.negotiation,
    quantityMultiplier: 3,
    horizon: 10,
    // Our reading: the generator's (1.5, 2.0) is written into the config; the fraction 0.1 takes
    // precedence in the price issue (league-rules.md §5.3), so it has no effect by default.
    priceMultiplier: [1.5, 2.0],
    priceRangeFraction: 0.1,
  },
};

/** Std as the ANAC 2024/2025 tournaments run it: 2–4 levels (league-rules.md §12.1, §19). */
export const ANAC_STD_DEFAULTS: LeagueGeneratorParams = { ...STD_DEFAULTS, nProcesses: [2, 4] };

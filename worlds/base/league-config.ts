/**
 * The plain-data description of a OneShot or Standard world (league-rules.md §2–§3). A config states
 * a world exactly: every factory's profile, every exogenous contract and every daily penalty draw, so
 * it can be saved as JSON, edited, loaded and run again to give the identical world, or imported from
 * elsewhere. `generateLeagueConfig` makes one from generator parameters and a seed.
 */

/** How shortfall and disposal/storage penalties are scaled (league-rules.md §7.3 notes). */
export type PenaltiesScale = 'trading' | 'catalog' | 'none';

/** Who opens each negotiation (league-rules.md §5.2; 'parity' is the reference's rule). */
export type FirstMover = 'parity' | 'buyer' | 'seller';

/** One factory: its place in the chain, its costs and its penalty profile. */
export interface FactoryProfile {
  /** Display name, unique in the world (e.g. `00Gr@0`). */
  readonly name: string;
  /** Built-in agent name (or a user agent's name) that runs this factory. */
  readonly agentType: string;
  /** Agent parameters (free-form, validated by the agent). */
  readonly agentParams?: Readonly<Record<string, unknown>>;
  /** Level = process index: it buys product `level` and sells product `level + 1`. */
  readonly level: number;
  readonly nLines: number;
  /** Production cost per unit (already scaled by level). */
  readonly productionCost: number;
  readonly shortfallPenaltyMean: number;
  readonly shortfallPenaltyDev: number;
  readonly disposalCostMean: number;
  readonly disposalCostDev: number;
  readonly storageCostMean: number;
  readonly storageCostDev: number;
  readonly initialBalance: number;
}

/** A contract with a system agent (SELLER for product 0, BUYER for the last product). */
export interface ExogenousContract {
  /** Index into `factories`. */
  readonly factory: number;
  /** true: the factory sells the final product to BUYER; false: it buys product 0 from SELLER. */
  readonly isSale: boolean;
  readonly product: number;
  /** Delivery day, which is also the day it is revealed. */
  readonly day: number;
  readonly quantity: number;
  readonly unitPrice: number;
}

/** The daily penalty draws of one factory: |mean + N(0,1)·dev| per day (league-rules.md §3.2 step 5). */
export interface DailyPenalties {
  readonly shortfall: readonly number[];
  readonly disposal: readonly number[];
  readonly storage: readonly number[];
}

export interface LeagueConfig {
  readonly schemaVersion: 1;
  /** Which league game this describes; 'std' covers the ANAC 2–4 level variant too. */
  readonly variant: 'oneshot' | 'std';
  readonly nSteps: number;
  readonly nProcesses: number;
  /** Catalog price per product (index = product). */
  readonly catalogPrices: readonly number[];
  readonly perishable: boolean;
  readonly penaltiesScale: PenaltiesScale;
  readonly tradingPriceDiscount: number;
  /** Initial weight of the catalog price in the trading-price average (catalog_quantities). */
  readonly catalogQuantities: number;
  readonly financialReportPeriod: number;
  /** Bankrupt when balance < -limit; a fraction in (0, 1) means that share of the mean initial balance. */
  readonly bankruptcyLimit: number;
  readonly publishTradingPrices: boolean;
  readonly publishExogenousSummary: boolean;
  readonly negotiation: {
    readonly nSteps: number;
    readonly quantityMultiplier: number;
    /** Days ahead a delivery may be agreed (0 in OneShot). */
    readonly horizon: number;
    readonly priceMultiplier: number;
    readonly priceRangeFraction: number;
    readonly widePriceRange: boolean;
    readonly allowZeroQuantity: boolean;
    readonly firstMover: FirstMover;
  };
  /** Factories in world order: level by level. */
  readonly factories: readonly FactoryProfile[];
  /** Every exogenous contract of the run, by factory then day. */
  readonly exogenousContracts: readonly ExogenousContract[];
  /** One entry per factory. */
  readonly dailyPenalties: readonly DailyPenalties[];
  /** Generator intermediates, kept for inspection only (never read by the rules). */
  readonly info?: Readonly<Record<string, unknown>>;
}

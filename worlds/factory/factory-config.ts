/**
 * The plain-data description of a 2020 factory world (league-rules.md §16). Like the league config it
 * states a world exactly (every factory, line cost and exogenous contract), so it can be saved as JSON,
 * edited and run again. `generateFactoryConfig` makes one from generator parameters and a seed.
 */

/** One factory: the process it runs, its lines and their costs. */
export interface FactoryProfile {
  /** Display name, unique in the world (e.g. `00De@0`). */
  readonly name: string;
  /** Factory-world agent type that runs it (e.g. `DecentralizingAgent`). */
  readonly agentType: string;
  readonly agentParams?: Readonly<Record<string, unknown>>;
  /** The one process it can run: it consumes product `process` and makes product `process + 1`. */
  readonly process: number;
  /** Cost of one run of its process on each line (league-rules.md §16.1; other processes cost infinity). */
  readonly lineCosts: readonly number[];
  readonly initialBalance: number;
}

/** An exogenous contract with a system agent (§16.2), revealed `revealDay` and delivered `deliveryDay`. */
export interface FactoryExogenousContract {
  /** Contract id, unique in the world (`x0`, `x1`, ...). */
  readonly id: string;
  /** Index into `factories`. */
  readonly factory: number;
  /** true: the factory sells the last product to BUYER; false: it buys product 0 from SELLER. */
  readonly isSale: boolean;
  readonly product: number;
  readonly quantity: number;
  readonly unitPrice: number;
  readonly deliveryDay: number;
  readonly revealDay: number;
}

/** The world constructor's rules (league-rules.md §16.4-§16.7); defaults are the 2020 reference's. */
export interface FactoryRules {
  /** Base spot-market loss (`spot_market_global_loss`, 0.3; ANAC 0.2). */
  readonly spotMarketGlobalLoss: number;
  /** Weight of the global loss in a spot price (`spot_discount`, 0.9). */
  readonly spotDiscount: number;
  /** Extra loss per unit already bought on the spot market today (`spot_multiplier`, 0.05). */
  readonly spotMultiplier: number;
  /** Daily interest on a negative balance (0.05; ANAC 0.08). */
  readonly interestRate: number;
  /** L: a factory is bankrupt when a payment would leave its balance below -L (an amount, >= 0). */
  readonly bankruptcyLimit: number;
  readonly liquidationRate: number;
  /** Recorded for completeness; the reference never reads it. */
  readonly compensationFraction: number;
  /** Pay victims at once from the liquidation pool (reference default false: deferred, never paid). */
  readonly compensateImmediately: boolean;
  /** false adds the bankrupt's balance to the compensation pool (default true). */
  readonly compensateBeforePastDebt: boolean;
  /** Charge a buyer short of money for the missing amount (default true). */
  readonly borrowOnBreach: boolean;
  /** Days between financial reports (5). */
  readonly financialReportPeriod: number;
  /** Initial weight of the catalog price in the trading price (50). */
  readonly catalogQuantities: number;
  readonly tradingPriceDiscount: number;
  /** Weight of inventory at trading prices in the score (0.5 in 2020; U(0, 0.5) from 2021). */
  readonly inventoryValuationTrading: number;
  /** Weight of inventory at catalog prices in the score (0). */
  readonly inventoryValuationCatalog: number;
  /** Sign every concluded contract without asking the agents (default false). */
  readonly forceSigning: boolean;
  /** Exogenous contracts come signed by both sides (default false). */
  readonly exogenousForceMax: boolean;
  readonly publishTradingPrices: boolean;
  readonly publishExogenousSummary: boolean;
  readonly allowSellingInput: boolean;
  readonly allowBuyingOutput: boolean;
  readonly negotiation: {
    /** SAO rounds (20). */
    readonly nSteps: number;
    /** Passes per day (`negotiation_speed`, 21): a longer negotiation continues the next day. */
    readonly speed: number;
    /** Accepted requests per unordered pair between two counter resets; null = unlimited (2020). */
    readonly maxRequestsPerPair: number | null;
    /** Requests one agent may make per day; null = n_agents · n_steps // 2 (`negotiation_quota_per_step`). */
    readonly quotaPerStep: number | null;
  };
}

export interface FactoryConfig {
  readonly schemaVersion: 1;
  readonly variant: 'factory';
  readonly nSteps: number;
  readonly nProcesses: number;
  /** Units of product p one run of process p consumes / makes of product p + 1 (1 and 1 by default). */
  readonly processInputs: readonly number[];
  readonly processOutputs: readonly number[];
  /** Catalog price per product (index = product). */
  readonly catalogPrices: readonly number[];
  readonly rules: FactoryRules;
  /** Factories in world order: process by process. */
  readonly factories: readonly FactoryProfile[];
  /** Every exogenous contract, in generation order. */
  readonly exogenousContracts: readonly FactoryExogenousContract[];
  /** Generator intermediates, for inspection only (never read by the rules). */
  readonly info?: Readonly<Record<string, unknown>>;
}

import type { FactoryProfile, LeagueConfig } from '../../worlds/base/league-config.ts';

/**
 * A small hand-written OneShot config: `perLevel` factories on each of 2 levels, every factory running
 * `agentType`, exogenous supply of 5 units a day at 10 to each first-level factory and exogenous sales of
 * 5 units a day at 30 to each last-level one. Constant penalties; no generator involved.
 */
export function handConfig(options: {
  agentTypes: readonly string[];
  perLevel?: number;
  nSteps?: number;
  std?: boolean;
}): LeagueConfig {
  const perLevel = options.perLevel ?? 2;
  const nSteps = options.nSteps ?? 5;
  const std = options.std ?? false;
  const factories: FactoryProfile[] = [];
  for (let level = 0; level < 2; level++) {
    for (let k = 0; k < perLevel; k++) {
      const type = options.agentTypes[factories.length % options.agentTypes.length] as string;
      factories.push({
        name: `${String(factories.length).padStart(2, '0')}${type.slice(0, 2)}@${level}`,
        agentType: type,
        level,
        nLines: 10,
        productionCost: level === 0 ? 2 : 4,
        shortfallPenaltyMean: 0.6,
        shortfallPenaltyDev: 0,
        disposalCostMean: std ? 0 : 0.1,
        disposalCostDev: 0,
        storageCostMean: std ? 0.02 : 0,
        storageCostDev: 0,
        initialBalance: 1000,
      });
    }
  }
  const exogenousContracts = [];
  for (let i = 0; i < factories.length; i++) {
    const level = (factories[i] as FactoryProfile).level;
    for (let day = 0; day < nSteps; day++) {
      exogenousContracts.push(
        level === 0
          ? { factory: i, isSale: false, product: 0, day, quantity: 5, unitPrice: 10 }
          : { factory: i, isSale: true, product: 2, day, quantity: 5, unitPrice: 30 },
      );
    }
  }
  const constant = (v: number): number[] => new Array<number>(nSteps).fill(v);
  return {
    schemaVersion: 1,
    variant: std ? 'std' : 'oneshot',
    nSteps,
    nProcesses: 2,
    catalogPrices: [10, 16, 30],
    perishable: !std,
    penaltiesScale: 'trading',
    tradingPriceDiscount: 0.9,
    catalogQuantities: 50,
    financialReportPeriod: 5,
    bankruptcyLimit: 0,
    publishTradingPrices: true,
    publishExogenousSummary: true,
    negotiation: {
      nSteps: 20,
      quantityMultiplier: std ? 3 : 1,
      horizon: std ? 10 : 0,
      priceMultiplier: 0,
      priceRangeFraction: std ? 0.1 : 0,
      widePriceRange: false,
      allowZeroQuantity: false,
      firstMover: 'parity',
    },
    factories,
    exogenousContracts,
    dailyPenalties: factories.map((f) => ({
      shortfall: constant(f.shortfallPenaltyMean),
      disposal: constant(f.disposalCostMean),
      storage: constant(f.storageCostMean),
    })),
  };
}

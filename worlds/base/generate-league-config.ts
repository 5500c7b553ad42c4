import type { Rng } from '../../src/core/rng.ts';
import { costPlusPrices, RAW_MATERIAL_PRICE } from './cost-plus-prices.ts';
import { distributeQuantities } from './distribute-quantities.ts';
import { factoryName } from './factory-name.ts';
import type { IntRange, LeagueGeneratorParams, ProfitBasis, RealRange } from './generator-params.ts';
import type { DailyPenalties, ExogenousContract, FactoryProfile, LeagueConfig } from './league-config.ts';
import { roundHalfEven } from './round-half-even.ts';

/** Agent types to place: every competitor gets its own slot, the other slots get a random filler. */
export interface LeagueRoster {
  readonly competitors: readonly string[];
  readonly fillers: readonly string[];
}

/** `initial_balance` when nothing else gives one (league-rules.md §3.1, constructor defaults). */
const FALLBACK_INITIAL_BALANCE = 1000;

/**
 * Generate one OneShot or Std world (league-rules.md §3.2 steps 1–8) as a plain-data config.
 *
 * Every draw comes from sub-streams of `rng` (`rng.derive(name)`), each used in a fixed order, so a
 * change in one part (say more days) never shifts the draws of another (say the roster):
 * - `shape`: n_processes, n_steps, n_lines, then factories per level (level order);
 * - `roster`: one shuffle of the slots (competitor i takes slot shuffled[i]), then one filler pick per
 *   remaining slot in world order;
 * - `economy`: supply predictability, sales predictability, exogenous price dev, cash availability,
 *   negotiation price multiplier, profit means (per process), profit deviations (per process), one
 *   N(0,1) profit draw per process;
 * - `costs`: one production cost per factory in world order;
 * - `flow`: max_supply per day, then max_productivity per process and day (process-major);
 * - `supplies`, `sales`: `distributeQuantities` for level 0 and the last level;
 * - `exogenous-prices`: one N(0,1) per contract (factories in world order; sales by day, then
 *   supplies by day);
 * - `penalty-profiles`: per factory: shortfall mean, shortfall dev fraction, disposal mean, disposal
 *   dev fraction, storage mean, storage dev fraction (a forced zero draws nothing);
 * - `daily-penalties`: per factory: one N(0,1) per day for shortfall, then disposal, then storage.
 * A range draws once per element; a scalar draws nothing.
 *
 * Our choice when sampled levels have fewer slots than competitors: add one slot at a time to the
 * smallest level (the lowest such level on ties). Explicit `agentsPerLevel` is never grown: too few
 * slots there throws.
 */
export function generateLeagueConfig(
  params: LeagueGeneratorParams,
  roster: LeagueRoster,
  rng: Rng,
): LeagueConfig {
  checkParams(params);

  // Step 1: shape.
  const shape = rng.derive('shape');
  const explicitLevels = params.agentsPerLevel;
  const nProcesses = explicitLevels === undefined ? drawInt(params.nProcesses, shape) : explicitLevels.length;
  const nSteps = drawInt(params.nSteps, shape);
  const nLines = drawInt(params.nLines, shape);
  const agentsPerLevel =
    explicitLevels === undefined
      ? Array.from({ length: nProcesses }, () => drawInt(params.nAgentsPerProcess, shape))
      : explicitLevels.slice();
  const sampledSlots = agentsPerLevel.reduce((s, n) => s + n, 0);
  if (explicitLevels !== undefined && sampledSlots < roster.competitors.length) {
    throw new RangeError(
      `generateLeagueConfig() got agentsPerLevel with ${sampledSlots} slots for ${roster.competitors.length} competitors`,
    );
  }
  growLevels(agentsPerLevel, roster.competitors.length);
  const levelOf = agentsPerLevel.flatMap((n, level) => new Array<number>(n).fill(level));
  const nAgents = levelOf.length;
  const firstOfLevel = agentsPerLevel.map((_, l) => agentsPerLevel.slice(0, l).reduce((s, n) => s + n, 0));
  const last = nProcesses - 1;

  const { agentTypes, competitorSlots } = placeRoster(nAgents, roster, rng.derive('roster'));

  const economy = rng.derive('economy');
  const supplyPredictability = drawReal(params.exogenousSupplyPredictability, economy);
  const salesPredictability = drawReal(params.exogenousSalesPredictability, economy);
  const exogenousPriceDev = drawReal(params.exogenousPriceDev, economy);
  const cashAvailability = drawReal(params.cashAvailability, economy);
  const priceMultiplier = drawReal(params.negotiation.priceMultiplier, economy);
  const profitMeans = Array.from({ length: nProcesses }, () => drawReal(params.profitMeans, economy));
  // league-rules.md §3.1: a scalar deviation is truncated to an integer by make_array (0.05 -> 0).
  const sd = params.profitStddevs;
  const profitStddevs = Array.from({ length: nProcesses }, () =>
    typeof sd === 'number' ? Math.trunc(sd) : drawReal(sd, economy),
  );
  const profits = profitMeans.map((m, p) => m + economy.normal() * profitStddevs[p]!);

  const costStream = rng.derive('costs');
  const productionCosts = levelOf.map((level) => {
    const c = drawInt(params.productionCosts, costStream);
    return params.costIncreasesWithLevel ? roundHalfEven(c * (level + 1)) : c;
  });

  // Step 2: quantity flow; roundings are numpy's (half to even).
  const flow = rng.derive('flow');
  const maxSupply = Array.from({ length: nSteps }, () => drawReal(params.maxSupply, flow));
  const maxProductivity = Array.from({ length: nProcesses }, () =>
    Array.from({ length: nSteps }, () => drawReal(params.maxProductivity, flow)),
  );
  const quantities: number[][] = [maxSupply.map((s) => roundHalfEven(nLines * agentsPerLevel[0]! * s))];
  for (let p = 0; p < nProcesses; p++) {
    const capacity = maxProductivity[p]!.map((m) => roundHalfEven(nLines * agentsPerLevel[p]! * m));
    quantities.push(quantities[p]!.map((q, t) => Math.min(q, capacity[t]!)));
  }
  const cap = params.capExogenousQuantities ? nLines : undefined;
  const supplies = distributeQuantities(quantities[0]!, rng.derive('supplies'), {
    nAgents: agentsPerLevel[0]!,
    predictability: supplyPredictability,
    equal: params.equalExogenousSupply,
    cap,
  });
  const sales = distributeQuantities(quantities[nProcesses]!, rng.derive('sales'), {
    nAgents: agentsPerLevel[last]!,
    predictability: salesPredictability,
    equal: params.equalExogenousSales,
    cap,
  });

  // Step 3: the cost-plus price chain on the split level-0 supply.
  const supplyTotals = Array.from({ length: nSteps }, (_, t) => supplies.reduce((s, row) => s + row[t]!, 0));
  const manufacturingCosts = agentsPerLevel.map((n, l) =>
    summarise(productionCosts.slice(firstOfLevel[l]!, firstOfLevel[l]! + n), params.profitBasis),
  );
  const chain = costPlusPrices({ supplyTotals, manufacturingCosts, profits });
  const salePrices = chain.unitPrices[nProcesses]!;

  // Step 4: exogenous contract prices, one N(0,1) per contract.
  const priceStream = rng.derive('exogenous-prices');
  const exogenousContracts: ExogenousContract[] = [];
  const addContracts = (factory: number, isSale: boolean, row: readonly number[]): void => {
    for (const [day, quantity] of row.entries()) {
      if (quantity === 0) continue;
      const base = isSale ? salePrices[day]! : RAW_MATERIAL_PRICE;
      // Our choice: clamp at 0 (a draw below about −1/dev would make the price negative).
      const unitPrice = Math.max(0, Math.trunc(0.5 + base + priceStream.normal() * exogenousPriceDev * base));
      exogenousContracts.push({
        factory,
        isSale,
        product: isSale ? nProcesses : 0,
        day,
        quantity,
        unitPrice,
      });
    }
  };
  for (const [i, level] of levelOf.entries()) {
    if (level === last) addContracts(i, true, sales[i - firstOfLevel[last]!]!);
    if (level === 0) addContracts(i, false, supplies[i]!);
  }
  // By factory then day (only reorders anything in a 1-process world, where a factory has both kinds).
  exogenousContracts.sort((x, y) => x.factory - y.factory || x.day - y.day);

  // Step 5: penalty profiles and their daily draws.
  const profiles = penaltyProfiles(params, nAgents, rng.derive('penalty-profiles'));
  const dailyStream = rng.derive('daily-penalties');
  const daily = (mean: number, dev: number): number[] =>
    Array.from({ length: nSteps }, () => Math.abs(mean + dailyStream.normal() * dev));
  const dailyPenalties: DailyPenalties[] = profiles.map((pr) => ({
    shortfall: daily(pr.shortfallPenaltyMean, pr.shortfallPenaltyDev),
    disposal: daily(pr.disposalCostMean, pr.disposalCostDev),
    storage: daily(pr.storageCostMean, pr.storageCostDev),
  }));

  // Step 6: initial balance per level from its whole-game cost share.
  const levelBalances = agentsPerLevel.map((n, l) => {
    if (params.initialBalance !== null) return params.initialBalance;
    const cost = chain.totalCosts[l]!.reduce((s, c) => s + c, 0);
    const balance = Math.ceil(Math.ceil(cost / n) * cashAvailability);
    // Our choice: a world without supply would give 0; use the constructor default instead.
    return balance > 0 ? balance : FALLBACK_INITIAL_BALANCE;
  });

  // Step 8: names; the factories in world order.
  const factories: FactoryProfile[] = levelOf.map((level, i) => ({
    name: factoryName(i, agentTypes[i]!, level),
    agentType: agentTypes[i]!,
    level,
    nLines,
    productionCost: productionCosts[i]!,
    ...profiles[i]!,
    initialBalance: levelBalances[level]!,
  }));

  const { negotiation } = params;
  return {
    schemaVersion: 1,
    variant: params.variant,
    nSteps,
    nProcesses,
    catalogPrices: chain.catalogPrices,
    perishable: params.perishable,
    penaltiesScale: params.penaltiesScale,
    tradingPriceDiscount: params.tradingPriceDiscount,
    catalogQuantities: params.catalogQuantities,
    financialReportPeriod: params.financialReportPeriod,
    bankruptcyLimit: params.bankruptcyLimit,
    publishTradingPrices: params.publishTradingPrices,
    publishExogenousSummary: params.publishExogenousSummary,
    negotiation: {
      nSteps: negotiation.nSteps,
      quantityMultiplier: negotiation.quantityMultiplier,
      horizon: negotiation.horizon,
      priceMultiplier,
      priceRangeFraction: negotiation.priceRangeFraction,
      widePriceRange: negotiation.widePriceRange,
      allowZeroQuantity: negotiation.allowZeroQuantity,
      firstMover: negotiation.firstMover,
    },
    factories,
    exogenousContracts,
    dailyPenalties,
    // Step 9: intermediates, for inspection only.
    info: {
      rngSeed: rng.seed,
      agentsPerLevel,
      grownSlots: nAgents - sampledSlots,
      competitorSlots,
      maxSupply,
      maxProductivity,
      quantities,
      supplyTotals,
      salesTotals: Array.from({ length: nSteps }, (_, t) => sales.reduce((s, row) => s + row[t]!, 0)),
      exogenousSupplyPredictability: supplyPredictability,
      exogenousSalesPredictability: salesPredictability,
      exogenousPriceDev,
      cashAvailability,
      profitMeans,
      profitStddevs,
      profits,
      manufacturingCosts,
      revenues: chain.revenues,
      totalCosts: chain.totalCosts,
      unitPrices: chain.unitPrices,
      forceSigning: params.forceSigning,
    },
  };
}

type PenaltyProfile = Pick<
  FactoryProfile,
  | 'shortfallPenaltyMean'
  | 'shortfallPenaltyDev'
  | 'disposalCostMean'
  | 'disposalCostDev'
  | 'storageCostMean'
  | 'storageCostDev'
>;

/** league-rules.md §3.2 step 5: means per factory, deviations as fractions of the means. */
function penaltyProfiles(params: LeagueGeneratorParams, nAgents: number, rng: Rng): PenaltyProfile[] {
  // §3.1: perishable forces storage cost 0, non-perishable forces disposal cost 0.
  const disposal = params.perishable ? params.disposalCost : 0;
  const disposalDev = params.perishable ? params.disposalCostDev : 0;
  const storage = params.perishable ? 0 : params.storageCost;
  const storageDev = params.perishable ? 0 : params.storageCostDev;
  return Array.from({ length: nAgents }, () => {
    const shortfallPenaltyMean = drawReal(params.shortfallPenalty, rng);
    const shortfallPenaltyDev = drawReal(params.shortfallPenaltyDev, rng) * shortfallPenaltyMean;
    const disposalCostMean = drawReal(disposal, rng);
    const disposalCostDev = drawReal(disposalDev, rng) * disposalCostMean;
    const storageCostMean = drawReal(storage, rng);
    // Our reading: storage_cost_dev is a fraction of the mean, like the other two deviations.
    const storageCostDev = drawReal(storageDev, rng) * storageCostMean;
    return {
      shortfallPenaltyMean,
      shortfallPenaltyDev,
      disposalCostMean,
      disposalCostDev,
      storageCostMean,
      storageCostDev,
    };
  });
}

/** Competitors take distinct random slots; every other slot gets a uniformly drawn filler type. */
function placeRoster(
  nAgents: number,
  roster: LeagueRoster,
  rng: Rng,
): { agentTypes: string[]; competitorSlots: number[] } {
  const slots = rng.shuffle(Array.from({ length: nAgents }, (_, i) => i));
  const competitorSlots = roster.competitors.map((_, k) => slots[k]!);
  const agentTypes = new Array<string | undefined>(nAgents).fill(undefined);
  for (const [k, type] of roster.competitors.entries()) agentTypes[competitorSlots[k]!] = type;
  const filled = agentTypes.map((type) => {
    if (type !== undefined) return type;
    if (roster.fillers.length === 0) {
      throw new RangeError(
        `generateLeagueConfig() needs filler types for ${nAgents - roster.competitors.length} slots`,
      );
    }
    return rng.pick(roster.fillers);
  });
  return { agentTypes: filled, competitorSlots };
}

/** Our choice: add a slot to the smallest level (lowest index on ties) until every competitor fits. */
function growLevels(agentsPerLevel: number[], needed: number): void {
  let total = agentsPerLevel.reduce((s, n) => s + n, 0);
  while (total < needed) {
    const smallest = agentsPerLevel.indexOf(Math.min(...agentsPerLevel));
    agentsPerLevel[smallest] = agentsPerLevel[smallest]! + 1;
    total += 1;
  }
}

/** `profit_basis`: the statistic of a level's production costs used by the price chain. */
function summarise(costs: readonly number[], basis: ProfitBasis): number {
  if (basis === 'max') return Math.max(...costs);
  if (basis === 'min') return Math.min(...costs);
  return costs.reduce((s, c) => s + c, 0) / costs.length;
}

function drawInt(range: IntRange, rng: Rng): number {
  return typeof range === 'number' ? range : rng.int(range[0], range[1]);
}

function drawReal(range: RealRange, rng: Rng): number {
  return typeof range === 'number' ? range : rng.real(range[0], range[1]);
}

/** Reject parameters the generator cannot honour, naming the field and what is allowed. */
function checkParams(params: LeagueGeneratorParams): void {
  const fail = (message: string): never => {
    throw new RangeError(`generateLeagueConfig(): ${message}`);
  };
  const intRange = (name: string, r: IntRange, min: number): void => {
    const [lo, hi] = typeof r === 'number' ? [r, r] : r;
    if (!Number.isInteger(lo) || !Number.isInteger(hi) || lo < min || lo > hi) {
      fail(`${name}: got ${JSON.stringify(r)}, expected an integer >= ${min} or a range [min, max] of such`);
    }
  };
  const realRange = (name: string, r: RealRange, min: number, max = Number.POSITIVE_INFINITY): void => {
    const [lo, hi] = typeof r === 'number' ? [r, r] : r;
    if (!Number.isFinite(lo) || !Number.isFinite(hi) || lo < min || hi > max || lo > hi) {
      fail(
        `${name}: got ${JSON.stringify(r)}, expected a number in [${min}, ${max}] or a range [min, max] of such`,
      );
    }
  };
  if (params.processInputs !== 1 || params.processOutputs !== 1) {
    fail(
      `processInputs and processOutputs: got ${params.processInputs} and ${params.processOutputs}, expected 1`,
    );
  }
  if (params.exogenousControl > 0) {
    fail(
      `exogenousControl: got ${params.exogenousControl}, expected a number <= 0 (one contract per agent per day)`,
    );
  }
  const scale: string = params.penaltiesScale;
  if (scale === 'unit')
    fail(`penaltiesScale: got 'unit', which the reference does not support; use trading, catalog or none`);
  if (!['trading', 'catalog', 'none'].includes(scale)) {
    fail(`penaltiesScale: got ${JSON.stringify(scale)}, expected trading, catalog or none`);
  }
  if (!['max', 'min', 'mean'].includes(params.profitBasis)) {
    fail(`profitBasis: got ${JSON.stringify(params.profitBasis)}, expected max, min or mean`);
  }
  if (
    params.initialBalance !== null &&
    !(Number.isFinite(params.initialBalance) && params.initialBalance > 0)
  ) {
    fail(`initialBalance: got ${params.initialBalance}, expected a number > 0 or null`);
  }
  if (params.agentsPerLevel !== undefined) {
    const levels = params.agentsPerLevel;
    if (levels.length < 1 || !levels.every((n) => Number.isInteger(n) && n >= 1)) {
      fail(`agentsPerLevel: got ${JSON.stringify(levels)}, expected a non-empty list of integers >= 1`);
    }
  } else {
    intRange('nProcesses', params.nProcesses, 1);
    intRange('nAgentsPerProcess', params.nAgentsPerProcess, 1);
  }
  intRange('nSteps', params.nSteps, 1);
  intRange('nLines', params.nLines, 1);
  intRange('productionCosts', params.productionCosts, 0);
  realRange('profitMeans', params.profitMeans, -1);
  realRange('profitStddevs', params.profitStddevs, 0);
  realRange('maxProductivity', params.maxProductivity, 0, 1);
  realRange('maxSupply', params.maxSupply, 0, 1);
  realRange('cashAvailability', params.cashAvailability, 0);
  realRange('exogenousSupplyPredictability', params.exogenousSupplyPredictability, 0, 1);
  realRange('exogenousSalesPredictability', params.exogenousSalesPredictability, 0, 1);
  realRange('exogenousPriceDev', params.exogenousPriceDev, 0);
  for (const name of [
    'shortfallPenalty',
    'shortfallPenaltyDev',
    'disposalCost',
    'disposalCostDev',
    'storageCost',
    'storageCostDev',
  ] as const) {
    realRange(name, params[name], 0);
  }
  realRange('negotiation.priceMultiplier', params.negotiation.priceMultiplier, 0);
}

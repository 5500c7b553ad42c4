import type { Rng } from '../../src/core/rng.ts';
import { factoryName } from '../base/factory-name.ts';
import type { IntRange, RealRange } from '../base/generator-params.ts';
import { integerCut } from '../base/integer-cut.ts';
import type { FactoryConfig, FactoryExogenousContract, FactoryProfile } from './factory-config.ts';
import type { FactoryGeneratorParams } from './factory-generator-params.ts';
import { exogenousFlow, SUPPLY_UNIT_PRICE } from './exogenous-flow.ts';

/** Agent types to place: every competitor gets its own slot, the other slots get a random filler. */
export interface FactoryRoster {
  readonly competitors: readonly string[];
  readonly fillers: readonly string[];
}

/**
 * Generates one 2020 factory world (league-rules.md §16.2, §16.7) as a plain-data config. Draws come
 * from named sub-streams of `rng`, each in a fixed order:
 * - `shape`: n_processes, n_steps, n_lines, then factories per level;
 * - `roster`: one shuffle of the slots, then one filler pick per remaining slot in world order;
 * - `costs`: one production cost per factory;
 * - `economy`: profit means (per factory), one N(0,1) per process, supply and sales predictability,
 *   exogenous control, cash availability, horizon fraction, max productivity, score weight w;
 * - `supplies`, `sales`: the quantity splits (exogenous-flow.ts);
 * - `exogenous-cut`: the integer cuts of days into several contracts.
 */
export function generateFactoryConfig(
  params: FactoryGeneratorParams,
  roster: FactoryRoster,
  rng: Rng,
): FactoryConfig {
  const shape = rng.derive('shape');
  const explicit = params.agentsPerLevel;
  const nProcesses = explicit === undefined ? drawInt(params.nProcesses, shape) : explicit.length;
  const nSteps = drawInt(params.nSteps, shape);
  const nLines = drawInt(params.nLines, shape);
  const agentsPerLevel =
    explicit === undefined
      ? Array.from({ length: nProcesses }, () => drawInt(params.nAgentsPerProcess, shape))
      : explicit.slice();
  if (nProcesses < 1 || nSteps <= nProcesses || nLines < 1 || agentsPerLevel.some((n) => n < 1)) {
    throw new RangeError(
      `generateFactoryConfig(): need >= 1 process, more days than processes, >= 1 line and >= 1 factory per level; got ${nProcesses} processes, ${nSteps} days, ${nLines} lines, levels ${JSON.stringify(agentsPerLevel)}`,
    );
  }
  // Our choice (as the league generator): grow the smallest level until every competitor has a slot.
  while (agentsPerLevel.reduce((s, n) => s + n, 0) < roster.competitors.length) {
    const smallest = agentsPerLevel.indexOf(Math.min(...agentsPerLevel));
    agentsPerLevel[smallest] = agentsPerLevel[smallest]! + 1;
  }
  const levelOf = agentsPerLevel.flatMap((n, level) => new Array<number>(n).fill(level));
  const nAgents = levelOf.length;
  const agentTypes = placeRoster(nAgents, roster, rng.derive('roster'));

  const costStream = rng.derive('costs');
  const costs = levelOf.map((level) => {
    const c = drawInt(params.productionCosts, costStream);
    return params.costIncreasesWithLevel ? c * (level + 1) : c;
  });

  const economy = rng.derive('economy');
  const profitMeans = levelOf.map(() => drawReal(params.profitMeans, economy));
  const sd = params.profitStddevs;
  const profitStddevs = Array.from({ length: nProcesses }, () =>
    typeof sd === 'number' ? Math.trunc(sd) : drawReal(sd, economy),
  );
  // §16.2 step 3: process p uses the mean of *factory* p (a reference quirk kept).
  const profits = profitStddevs.map((dev, p) => economy.normal() * dev + profitMeans[p]!);
  const supplyPredictability = drawReal(params.exogenousSupplyPredictability, economy);
  const salesPredictability = drawReal(params.exogenousSalesPredictability, economy);
  const exogenousControl = drawReal(params.exogenousControl, economy);
  const cashAvailability = drawReal(params.cashAvailability, economy);
  const horizon = Math.max(1, Math.min(nSteps, Math.trunc(drawReal(params.horizon, economy) * nSteps)));
  const maxProductivity = drawReal(params.maxProductivity, economy);
  const inventoryValuationTrading = drawReal(params.inventoryValuationTrading, economy);

  const ones = new Array<number>(nProcesses).fill(1);
  const firstOfLevel = agentsPerLevel.map((_, l) => agentsPerLevel.slice(0, l).reduce((s, n) => s + n, 0));
  const levelCosts = agentsPerLevel.map((n, l) =>
    Math.max(...costs.slice(firstOfLevel[l]!, firstOfLevel[l]! + n)),
  );
  const flow = exogenousFlow(
    {
      nSteps,
      nLines,
      agentsPerLevel,
      processInputs: ones,
      processOutputs: ones,
      maxProductivity,
      supplyPredictability,
      salesPredictability,
      levelCosts,
      profits,
    },
    rng,
  );

  // §16.7: per level ⌈Σ TC / n⌉ × cash availability, rounded up.
  const levelBalances = agentsPerLevel.map((n, l) => {
    if (params.initialBalance !== null) return params.initialBalance;
    const total = flow.totalCosts[l]!.reduce((s, c) => s + c, 0);
    // Our choice: a level with no cost (no supply at all) gets 1000 rather than 0.
    return total > 0 ? Math.ceil(Math.ceil(total / n) * cashAvailability) : 1000;
  });
  const factories: FactoryProfile[] = levelOf.map((level, i) => ({
    name: factoryName(i, agentTypes[i]!, level),
    agentType: agentTypes[i]!,
    process: level,
    lineCosts: new Array<number>(nLines).fill(costs[i]!),
    initialBalance: levelBalances[level]!,
  }));

  // Step 4: contracts per factory in world order, sales by day then supplies by day.
  const cut = rng.derive('exogenous-cut');
  const contracts: FactoryExogenousContract[] = [];
  const forceOne = params.rules.forceSigning || exogenousControl <= 0;
  const add = (factory: number, isSale: boolean, row: readonly number[]): void => {
    row.forEach((q, day) => {
      if (q <= 0) return;
      const unitPrice = isSale ? flow.salePrices[day]! : SUPPLY_UNIT_PRICE;
      const n = forceOne ? 1 : Math.trunc(1 + exogenousControl * (q - 1));
      const parts = n <= 1 ? [q] : integerCut(q, n, undefined, cut).filter((x) => x > 0);
      for (const quantity of parts) {
        contracts.push({
          id: `x${contracts.length}`,
          factory,
          isSale,
          product: isSale ? nProcesses : 0,
          quantity,
          unitPrice,
          deliveryDay: day,
          revealDay: Math.max(0, day - horizon),
        });
      }
    });
  };
  levelOf.forEach((level, i) => {
    if (level === nProcesses - 1) add(i, true, flow.sales[i - firstOfLevel[level]!]!);
    if (level === 0) add(i, false, flow.supplies[i]!);
  });

  const meanBalance = factories.reduce((s, f) => s + f.initialBalance, 0) / nAgents;
  const { negotiation, ...rules } = params.rules;
  return {
    schemaVersion: 1,
    variant: 'factory',
    nSteps,
    nProcesses,
    processInputs: ones,
    processOutputs: ones,
    // Our choice: a catalog price is at least 1 (a product never priced would otherwise get 0).
    catalogPrices: flow.catalogPrices.map((p) => Math.max(1, p)),
    rules: {
      ...rules,
      negotiation: { ...negotiation },
      inventoryValuationTrading,
      // §16.5: a fraction f gives int(0.5 + f · mean initial balance).
      bankruptcyLimit: Math.trunc(0.5 + params.bankruptcyLimitFraction * meanBalance),
    },
    factories,
    exogenousContracts: contracts,
    info: {
      rngSeed: rng.seed,
      agentsPerLevel,
      profitMeans,
      profits,
      supplyPredictability,
      salesPredictability,
      exogenousControl,
      cashAvailability,
      horizon,
      maxProductivity,
      quantities: flow.quantities,
      salePrices: flow.salePrices,
      productPrices: flow.productPrices,
      totalCosts: flow.totalCosts,
    },
  };
}

function placeRoster(nAgents: number, roster: FactoryRoster, rng: Rng): string[] {
  const slots = rng.shuffle(Array.from({ length: nAgents }, (_, i) => i));
  const types = new Array<string | undefined>(nAgents).fill(undefined);
  roster.competitors.forEach((type, k) => (types[slots[k]!] = type));
  return types.map((type) => {
    if (type !== undefined) return type;
    if (roster.fillers.length === 0) {
      throw new RangeError(`generateFactoryConfig() needs filler types for the slots no competitor takes`);
    }
    return rng.pick(roster.fillers);
  });
}

function drawInt(range: IntRange, rng: Rng): number {
  return typeof range === 'number' ? range : rng.int(range[0], range[1]);
}

function drawReal(range: RealRange, rng: Rng): number {
  return typeof range === 'number' ? range : rng.real(range[0], range[1]);
}

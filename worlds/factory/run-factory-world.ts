import type { RunSink } from '../../src/engine/run-sink.ts';
import type { AgentResult } from '../base/run-league-world.ts';
import type { FactoryAgentType } from './factory-agent.ts';
import type { FactoryConfig } from './factory-config.ts';
import type { FactoryDayRecord } from './factory-records.ts';
import { factoryScore } from './factory-score.ts';
import { FactoryWorld } from './factory-world.ts';

/** What a factory run is, written once when it starts. */
export interface FactoryRunMeta {
  readonly world: 'factory';
  readonly seed: string;
  readonly config: FactoryConfig;
  readonly softwareVersion: string;
  readonly label: string;
}

/** One factory's result: the league's row plus the factory world's own columns. */
export interface FactoryAgentResult extends AgentResult {
  readonly initialBalance: number;
  readonly finalBalance: number;
  /** Σ inventory × trading price at the end. */
  readonly inventoryValue: number;
  readonly spotUnits: number;
  readonly bankruptDay: number;
}

export interface FactoryRunSummary {
  readonly days: number;
  readonly finalStateHash: string;
  /** Sorted by score, best first (ties by name). */
  readonly results: readonly FactoryAgentResult[];
  readonly negotiations: number;
  readonly agreements: number;
  /** Signed contracts, exogenous ones included. */
  readonly contracts: number;
  readonly bankruptcies: number;
}

export interface RunFactoryWorldOptions {
  readonly config: FactoryConfig;
  readonly seed: string;
  readonly resolveAgent: (name: string) => FactoryAgentType | undefined;
  readonly sink?: RunSink<FactoryRunMeta, FactoryDayRecord, FactoryRunSummary>;
  readonly logOffers?: boolean;
  readonly label?: string;
  readonly softwareVersion?: string;
  /** Run only the first `steps` days (default: all of them). */
  readonly steps?: number;
}

/**
 * Runs a factory world from start to end, streaming each day to the sink, and ranks the factories by
 * the tournament score of league-rules.md §16.6.
 *
 * @example
 * const summary = runFactoryWorld({ config, seed: 's1', resolveAgent: (n) => byName.get(n) });
 * console.log(summary.results[0]?.agent);
 */
export function runFactoryWorld(options: RunFactoryWorldOptions): FactoryRunSummary {
  const { config, seed } = options;
  const world = new FactoryWorld({
    config,
    seed,
    resolveAgent: options.resolveAgent,
    ...(options.logOffers === undefined ? {} : { logOffers: options.logOffers }),
  });
  options.sink?.beginRun({
    world: 'factory',
    seed,
    config,
    softwareVersion: options.softwareVersion ?? '0.0.0',
    label: options.label ?? '',
  });
  const index = new Map(world.names.map((n, i) => [n, i]));
  const n = config.factories.length;
  const count = (): number[] => new Array<number>(n).fill(0);
  const negotiations = count();
  const agreements = count();
  const contracts = count();
  const shortfall = count();
  const spot = count();
  const faults = count();
  const add = (arr: number[], name: string, v = 1): void => {
    const i = index.get(name);
    if (i !== undefined) arr[i] = (arr[i] as number) + v;
  };
  let totals = { negotiations: 0, agreements: 0, contracts: 0, bankruptcies: 0 };
  let hash = '';
  let days = 0;
  const steps = Math.min(options.steps ?? config.nSteps, config.nSteps);
  while (days < steps) {
    const r = world.runDay();
    days++;
    hash = r.stateHash;
    let agreed = 0;
    for (const neg of r.negotiations) {
      add(negotiations, neg.seller);
      add(negotiations, neg.buyer);
      if (neg.status !== 'agreement') continue;
      agreed++;
      add(agreements, neg.seller);
      add(agreements, neg.buyer);
    }
    for (const c of r.contracts) {
      add(contracts, c.seller);
      add(contracts, c.buyer);
    }
    for (const s of r.spotPurchases) {
      add(shortfall, s.agent, s.quantity);
      if (s.bought) add(spot, s.agent, s.quantity);
    }
    for (const f of r.faults) add(faults, f.agent);
    totals = {
      negotiations: totals.negotiations + r.negotiations.length,
      agreements: totals.agreements + agreed,
      contracts: totals.contracts + r.contracts.length,
      bankruptcies: totals.bankruptcies + r.bankruptcies.length,
    };
    options.sink?.writeDay(r);
  }
  const state = world.state;
  const results: FactoryAgentResult[] = config.factories.map((f, i) => {
    const fs = state.factories[i];
    if (fs === undefined) throw new RangeError(`no factory ${i}`);
    const s = factoryScore(config, i, fs, state.tradingPrices);
    const negs = negotiations[i] as number;
    return {
      agent: f.name,
      agentType: f.agentType,
      level: f.process,
      score: s.score,
      profit: s.profit,
      contracts: contracts[i] as number,
      negotiations: negs,
      agreements: agreements[i] as number,
      agreementRate: negs > 0 ? (agreements[i] as number) / negs : 0,
      shortfallQuantity: shortfall[i] as number,
      bankrupt: fs.bankrupt,
      faults: faults[i] as number,
      initialBalance: f.initialBalance,
      finalBalance: fs.balance,
      inventoryValue: s.inventoryValue,
      spotUnits: spot[i] as number,
      bankruptDay: fs.bankruptDay,
    };
  });
  results.sort((a, b) => b.score - a.score || (a.agent < b.agent ? -1 : a.agent > b.agent ? 1 : 0));
  const summary: FactoryRunSummary = { days, finalStateHash: hash, results, ...totals };
  options.sink?.endRun(summary);
  return summary;
}

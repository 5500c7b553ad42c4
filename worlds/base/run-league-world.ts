import type { RunSink } from '../../src/engine/run-sink.ts';
import type { LeagueAgentType } from './league-agent.ts';
import type { LeagueConfig } from './league-config.ts';
import type { LeagueDayRecord } from './league-records.ts';
import { LeagueWorld } from './league-world.ts';

/** What a run is, written once when it starts. */
export interface LeagueRunMeta {
  readonly world: 'oneshot' | 'std';
  readonly seed: string;
  readonly config: LeagueConfig;
  readonly softwareVersion: string;
  /** Free-form label (preset name, tournament world id, ...). */
  readonly label: string;
}

/** One factory's result: the row of the ranked table. */
export interface AgentResult {
  readonly agent: string;
  readonly agentType: string;
  readonly level: number;
  readonly score: number;
  readonly profit: number;
  readonly contracts: number;
  readonly negotiations: number;
  readonly agreements: number;
  readonly agreementRate: number;
  readonly shortfallQuantity: number;
  readonly bankrupt: boolean;
  readonly faults: number;
}

export interface LeagueRunSummary {
  readonly days: number;
  readonly finalStateHash: string;
  /** Sorted by score, best first (ties by name). */
  readonly results: readonly AgentResult[];
  readonly negotiations: number;
  readonly agreements: number;
  readonly contracts: number;
}

export interface RunLeagueWorldOptions {
  readonly config: LeagueConfig;
  readonly seed: string;
  readonly resolveAgent: (name: string) => LeagueAgentType | undefined;
  readonly sink?: RunSink<LeagueRunMeta, LeagueDayRecord, LeagueRunSummary>;
  readonly logOffers?: boolean;
  readonly label?: string;
  readonly softwareVersion?: string;
  /** Run only the first `steps` days (default: all of them). */
  readonly steps?: number;
}

/** Runs a OneShot or Std world from start to end, streaming each day to the sink, and ranks the factories. */
export function runLeagueWorld(options: RunLeagueWorldOptions): LeagueRunSummary {
  const { config, seed } = options;
  const world = new LeagueWorld({
    config,
    seed,
    resolveAgent: options.resolveAgent,
    ...(options.logOffers === undefined ? {} : { logOffers: options.logOffers }),
  });
  options.sink?.beginRun({
    world: config.variant,
    seed,
    config,
    softwareVersion: options.softwareVersion ?? '0.0.0',
    label: options.label ?? '',
  });
  const n = config.factories.length;
  const negotiations = new Array<number>(n).fill(0);
  const agreements = new Array<number>(n).fill(0);
  const shortfall = new Array<number>(n).fill(0);
  const faults = new Array<number>(n).fill(0);
  let totalNegotiations = 0;
  let totalAgreements = 0;
  let hash = '';
  let days = 0;
  const steps = Math.min(options.steps ?? config.nSteps, config.nSteps);
  try {
    while (days < steps) {
      const record = world.runDay();
      days++;
      hash = record.stateHash;
      for (const neg of record.negotiations) {
        totalNegotiations++;
        const agreed = neg.status === 'agreement';
        if (agreed) totalAgreements++;
        for (const name of [neg.seller, neg.buyer]) {
          const i = world.indexOf.get(name) as number;
          negotiations[i] = (negotiations[i] as number) + 1;
          if (agreed) agreements[i] = (agreements[i] as number) + 1;
        }
      }
      record.agents.forEach((a, i) => (shortfall[i] = (shortfall[i] as number) + a.shortfallQuantity));
      for (const f of record.faults) {
        const i = world.indexOf.get(f.agent);
        if (i !== undefined) faults[i] = (faults[i] as number) + 1;
      }
      options.sink?.writeDay(record);
    }
  } finally {
    world.dispose(); // isolated agents' worker threads
  }
  const state = world.state;
  const results: AgentResult[] = config.factories.map((f, i) => {
    const fs = state.factories[i];
    const balance = fs?.balance ?? 0;
    return {
      agent: f.name,
      agentType: f.agentType,
      level: f.level,
      score: f.initialBalance === 0 ? balance : balance / f.initialBalance,
      profit: balance - f.initialBalance,
      contracts: agreements[i] as number,
      negotiations: negotiations[i] as number,
      agreements: agreements[i] as number,
      agreementRate:
        (negotiations[i] as number) > 0 ? (agreements[i] as number) / (negotiations[i] as number) : 0,
      shortfallQuantity: shortfall[i] as number,
      bankrupt: fs?.bankrupt ?? false,
      faults: faults[i] as number,
    };
  });
  results.sort((a, b) => b.score - a.score || (a.agent < b.agent ? -1 : a.agent > b.agent ? 1 : 0));
  const summary: LeagueRunSummary = {
    days,
    finalStateHash: hash,
    results,
    negotiations: totalNegotiations,
    agreements: totalAgreements,
    contracts: totalAgreements,
  };
  options.sink?.endRun(summary);
  return summary;
}

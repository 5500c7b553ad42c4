import type { AgentBudgets } from '../engine/isolation/agent-budgets.ts';
import type { LeagueAgentType } from '../../worlds/base/league-agent.ts';
import type { LeagueConfig } from '../../worlds/base/league-config.ts';
import { runLeagueWorld } from '../../worlds/base/run-league-world.ts';
import { SqliteSink } from '../store/sqlite-sink.ts';
import type { WorldShards } from '../store/world-shards.ts';
import type { BaseConfig } from './plan-tournament.ts';
import { assignedConfig } from './plan-tournament.ts';
import type { PlannedWorld } from './tournament-spec.ts';

/** Everything needed to play one tournament world (plain data: it crosses thread boundaries). */
export interface WorldJob {
  readonly world: PlannedWorld;
  readonly base: BaseConfig;
  readonly label: string;
  readonly logOffers: boolean;
  readonly logNegotiations: boolean;
  readonly softwareVersion: string;
}

/** What every worker of a tournament is given once: the base configurations and how to run. */
export interface TournamentWorkerData {
  /** Competitor specs (built-in names or absolute agent file paths). */
  readonly competitors: readonly string[];
  readonly configs: readonly BaseConfig[];
  readonly label: string;
  readonly logOffers: boolean;
  /** Store the negotiations (false: `--log-level none`). */
  readonly logNegotiations: boolean;
  readonly softwareVersion: string;
  /** The directory of WorldShards each world is written into. */
  readonly shardDir: string;
  /** Run competitors in their own worker threads with these limits (null: in the tournament worker). */
  readonly isolation: { readonly memoryMb: number; readonly budgets: AgentBudgets } | null;
}

/** A played world: the shard (a store file holding just its run) the single writer merges. */
export interface WorldResult {
  readonly key: string;
  readonly shard: string;
}

/**
 * Plays one tournament world with agents resolved by spec (built-in name or file path), writing it into
 * a new shard named `name` as it plays (the worker's share of storing it).
 */
export function runWorldJob(
  job: WorldJob,
  agentOf: (spec: string) => LeagueAgentType,
  shards: WorldShards,
  name: string,
): WorldResult {
  const types = job.world.assignment.map(agentOf);
  const config: LeagueConfig = assignedConfig(
    job.base,
    types.map((t) => t.name),
  );
  const byName = new Map<string, LeagueAgentType>();
  for (const t of types) byName.set(t.name, t);
  const fillers = (agent: string): LeagueAgentType | undefined => byName.get(agent) ?? agentOf(agent);
  const db = shards.open(name);
  try {
    runLeagueWorld({
      config,
      seed: job.world.seed,
      resolveAgent: fillers,
      sink: new SqliteSink(db, { logOffers: job.logOffers, logNegotiations: job.logNegotiations }),
      logOffers: job.logOffers,
      label: job.label,
      softwareVersion: job.softwareVersion,
    });
    return { key: job.world.key, shard: db.name };
  } finally {
    db.close();
  }
}

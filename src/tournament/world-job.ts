import type { AgentBudgets } from '../engine/isolation/agent-budgets.ts';
import type { LeagueAgentType } from '../../worlds/base/league-agent.ts';
import type { LeagueConfig } from '../../worlds/base/league-config.ts';
import type { LeagueDayRecord } from '../../worlds/base/league-records.ts';
import {
  type LeagueRunMeta,
  type LeagueRunSummary,
  runLeagueWorld,
} from '../../worlds/base/run-league-world.ts';
import { MemorySink } from '../engine/memory-sink.ts';
import type { BaseConfig } from './plan-tournament.ts';
import { assignedConfig } from './plan-tournament.ts';
import type { PlannedWorld } from './tournament-spec.ts';

/** Everything needed to play one tournament world (plain data: it crosses thread boundaries). */
export interface WorldJob {
  readonly world: PlannedWorld;
  readonly base: BaseConfig;
  readonly label: string;
  readonly logOffers: boolean;
  readonly softwareVersion: string;
}

/** What every worker of a tournament is given once: the base configurations and how to run. */
export interface TournamentWorkerData {
  /** Competitor specs (built-in names or absolute agent file paths). */
  readonly competitors: readonly string[];
  readonly configs: readonly BaseConfig[];
  readonly label: string;
  readonly logOffers: boolean;
  readonly softwareVersion: string;
  /** Run competitors in their own worker threads with these limits (null: in the tournament worker). */
  readonly isolation: { readonly memoryMb: number; readonly budgets: AgentBudgets } | null;
}

/** A played world: what the single writer stores. */
export interface WorldResult {
  readonly key: string;
  readonly meta: LeagueRunMeta;
  readonly days: readonly LeagueDayRecord[];
  readonly summary: LeagueRunSummary;
}

/** Plays one tournament world with agents resolved by spec (built-in name or file path). */
export function runWorldJob(job: WorldJob, agentOf: (spec: string) => LeagueAgentType): WorldResult {
  const types = job.world.assignment.map(agentOf);
  const config: LeagueConfig = assignedConfig(
    job.base,
    types.map((t) => t.name),
  );
  const byName = new Map<string, LeagueAgentType>();
  for (const t of types) byName.set(t.name, t);
  const sink = new MemorySink<LeagueRunMeta, LeagueDayRecord, LeagueRunSummary>();
  const fillers = (name: string): LeagueAgentType | undefined => byName.get(name) ?? agentOf(name);
  runLeagueWorld({
    config,
    seed: job.world.seed,
    resolveAgent: fillers,
    sink,
    logOffers: job.logOffers,
    label: job.label,
    softwareVersion: job.softwareVersion,
  });
  if (sink.meta === null || sink.summary === null) throw new Error(`world ${job.world.key} did not finish`);
  return { key: job.world.key, meta: sink.meta, days: sink.days, summary: sink.summary };
}

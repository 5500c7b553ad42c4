import { canonicalJson, stateHash } from '../core/canonical-json.ts';
import type { Db } from '../store/open-db.ts';
import { TournamentStore } from '../store/tournament-store.ts';
import { WorldShards } from '../store/world-shards.ts';
import { rankCompetitors, type Ranking } from '../../analysis/ranking/rank-competitors.ts';
import { planTournament } from './plan-tournament.ts';
import type { Progress } from './progress.ts';
import type { PlannedWorld, TournamentSpec } from './tournament-spec.ts';
import { runOnWorkers } from './worker-pool.ts';
import type { TournamentWorkerData, WorldResult } from './world-job.ts';

export interface RunTournamentOptions {
  readonly spec: TournamentSpec;
  /** Agent type name of each competitor spec, in the same order (what the scores table records). */
  readonly competitorTypes: readonly string[];
  readonly db: Db;
  /** Worker threads (at least 1). */
  readonly workers: number;
  /** The worker module: answers `{ id, job: PlannedWorld }` messages (see src/cli/tournament-worker.ts). */
  readonly workerEntry: URL;
  readonly logOffers: boolean;
  /** Store the negotiations of every world (false: `--log-level none`, scores and statistics only). */
  readonly logNegotiations?: boolean;
  readonly softwareVersion: string;
  /** Run competitors isolated in worker threads with these limits; null runs them in the world's thread. */
  readonly isolation: TournamentWorkerData['isolation'];
  /** Tournament name in the store; default derived from the spec, so the same command resumes. */
  readonly name?: string;
  readonly progress?: (total: number, alreadyDone: number) => Progress;
}

export interface TournamentOutcome {
  readonly id: number;
  readonly name: string;
  readonly totalWorlds: number;
  readonly playedNow: number;
  readonly competitorsPerWorld: number;
  readonly ranking: Ranking;
  /** Agent faults per competitor type (exceptions, invalid output, view writes, timeouts, crashes). */
  readonly faults: Readonly<Record<string, number>>;
}

/** The default store name of a tournament: a hash of its spec. */
export function tournamentName(spec: TournamentSpec): string {
  return `t-${stateHash(spec).slice(0, 12)}`;
}

/**
 * Runs (or resumes) a tournament: plans it deterministically from its spec, stores the plan once,
 * plays the worlds not yet done on worker threads, each into a shard file of its own, with this
 * thread as the single writer that merges them (one transaction per world), then ranks the competitors by truncated mean with pairwise tests and stores
 * the ranking. The same spec gives the same scores with any number of workers.
 */
export async function runTournament(options: RunTournamentOptions): Promise<TournamentOutcome> {
  const { spec, db } = options;
  const plan = planTournament(spec);
  const store = new TournamentStore(db);
  const name = options.name ?? tournamentName(spec);
  const existing = store.find(name);
  if (existing !== null && existing.configJson !== canonicalJson(spec)) {
    throw new Error(`a different tournament named '${name}' is already in this database`);
  }
  const id =
    existing?.id ??
    store.create({
      name,
      configJson: canonicalJson(spec),
      seed: spec.seed,
      worlds: plan.worlds.map((w) => ({
        key: w.key,
        configIndex: w.configIndex,
        assignmentJson: JSON.stringify(w.assignment),
        seed: w.seed,
      })),
    });
  const pendingKeys = new Set(store.pending(id));
  const jobs: PlannedWorld[] = plan.worlds.filter((w) => pendingKeys.has(w.key));
  const progress = options.progress?.(plan.worlds.length, plan.worlds.length - jobs.length);
  const shards = WorldShards.create();
  const data: TournamentWorkerData = {
    competitors: spec.competitors,
    configs: plan.configs,
    label: `${spec.world}:${name}`,
    logOffers: options.logOffers,
    logNegotiations: options.logNegotiations ?? true,
    softwareVersion: options.softwareVersion,
    shardDir: shards.dir,
    isolation: options.isolation,
  };
  try {
    await runOnWorkers<PlannedWorld, WorldResult>({
      entry: options.workerEntry,
      size: options.workers,
      workerData: data,
      jobs,
      onResult: (result) => {
        store.mergeWorld(id, result.key, result.shard);
        shards.discard(result.shard);
        progress?.tick(result.key);
      },
    });
  } finally {
    shards.remove();
  }
  progress?.finish();
  const ranking = rankCompetitors(
    store.scores(id, options.competitorTypes).map((s) => ({ agentType: s.agentType, score: s.score })),
  );
  store.saveRanking(
    id,
    ranking.rows.map((r, k) => ({
      rank: k + 1,
      agentType: r.agentType,
      count: r.count,
      truncatedMean: r.truncatedMean,
      mean: r.mean,
      median: r.median,
      std: r.std,
      min: r.min,
      max: r.max,
      winner: ranking.winners.includes(r.agentType),
    })),
    ranking.pairwise,
  );
  return {
    id,
    name,
    totalWorlds: plan.worlds.length,
    playedNow: jobs.length,
    competitorsPerWorld: plan.competitorsPerWorld,
    ranking,
    faults: Object.fromEntries(store.faultsByType(id)),
  };
}

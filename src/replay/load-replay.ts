import type { LeagueAgentType } from '../../worlds/base/league-agent.ts';
import type { Db } from '../store/open-db.ts';
import { dayHashes } from '../store/queries/day-hashes.ts';
import { type RunMeta, runMeta } from '../store/queries/run-meta.ts';
import { ReplayError } from './replay-error.ts';

/** A stored run ready to replay: its description, its stored day hashes and its agent types. */
export interface ReplayPlan {
  readonly meta: RunMeta;
  /** Element `d` is the state hash stored for day `d`. */
  readonly storedHashes: readonly string[];
  readonly resolveAgent: (name: string) => LeagueAgentType | undefined;
}

/**
 * Reads what a replay needs from the store and resolves the run's agent types by name among `agents`
 * (the built-ins plus any loaded from files; later entries win). Throws a `ReplayError` when the run
 * is unknown, stored no day, or used agent types that are not among `agents`.
 */
export function loadReplay(db: Db, runId: number, agents: readonly LeagueAgentType[]): ReplayPlan {
  const meta = runMeta(db, runId);
  if (meta === null) throw new ReplayError('replay/no_run', `there is no run ${runId} in '${db.name}'`);
  const storedHashes = dayHashes(db, runId);
  if (storedHashes.length === 0) {
    throw new ReplayError(
      'replay/no_days',
      `run ${runId} stored no day (status ${meta.status}): nothing to replay`,
    );
  }
  const byName = new Map(agents.map((a) => [a.name, a]));
  const missing = [...new Set(meta.config.factories.map((f) => f.agentType))].filter((t) => !byName.has(t));
  if (missing.length > 0) {
    const list = missing.map((m) => `'${m}'`).join(', ');
    throw new ReplayError(
      'replay/unknown_agent',
      `run ${runId} used agent type${missing.length === 1 ? '' : 's'} ${list}, which ${missing.length === 1 ? 'is' : 'are'} not built in: ` +
        'a run with agents from user files can only be replayed when the same files are given again, ' +
        'e.g. --agents path/to/my-agent.ts',
    );
  }
  return { meta, storedHashes, resolveAgent: (name) => byName.get(name) };
}

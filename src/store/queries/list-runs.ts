import { cachedStatement } from '../cached-statement.ts';
import type { Db } from '../open-db.ts';

/** Where a run stands: written day by day ('running'), finished ('done') or aborted ('failed'). */
export type RunStatus = 'running' | 'done' | 'failed';

/** One line of the run list. */
export interface RunListItem {
  readonly id: number;
  readonly label: string;
  /** World variant: 'oneshot' | 'std' (later 'factory', ...). */
  readonly world: string;
  readonly seed: string;
  readonly status: RunStatus;
  readonly startedAt: string;
  readonly endedAt: string | null;
  /** Days the config plans. */
  readonly nSteps: number;
  /** Days written so far. */
  readonly days: number;
  readonly nAgents: number;
  readonly softwareVersion: string;
  readonly tournamentId: number | null;
  readonly worldKey: string | null;
}

export interface ListRunsOptions {
  readonly tournamentId?: number;
  readonly status?: RunStatus;
  readonly world?: string;
  /** At most this many runs (default: all). */
  readonly limit?: number;
}

const SQL = `
SELECT r.id, r.label, r.world, r.seed, r.status, r.started_at AS startedAt, r.ended_at AS endedAt, r.n_steps AS nSteps,
  r.days, (SELECT count(*) FROM agents a WHERE a.run_id = r.id) AS nAgents, r.software_version AS softwareVersion,
  r.tournament_id AS tournamentId, r.world_key AS worldKey
FROM runs r
WHERE (@tournamentId IS NULL OR r.tournament_id = @tournamentId)
  AND (@status IS NULL OR r.status = @status)
  AND (@world IS NULL OR r.world = @world)
ORDER BY r.id
LIMIT @limit`;

/** The stored runs, oldest first, optionally filtered by tournament, status and world variant. */
export function listRuns(db: Db, options: ListRunsOptions = {}): RunListItem[] {
  return cachedStatement<
    { tournamentId: number | null; status: string | null; world: string | null; limit: number },
    RunListItem
  >(db, SQL).all({
    tournamentId: options.tournamentId ?? null,
    status: options.status ?? null,
    world: options.world ?? null,
    limit: options.limit ?? -1,
  });
}

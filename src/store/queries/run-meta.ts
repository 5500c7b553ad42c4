import type { LeagueConfig } from '../../../worlds/base/league-config.ts';
import { cachedStatement } from '../cached-statement.ts';
import type { Db } from '../open-db.ts';
import type { RunStatus } from './list-runs.ts';

/** Everything the `runs` row says about a run, with its config parsed. */
export interface RunMeta {
  readonly id: number;
  readonly label: string;
  readonly world: string;
  readonly seed: string;
  readonly config: LeagueConfig;
  readonly softwareVersion: string;
  readonly status: RunStatus;
  readonly startedAt: string;
  readonly endedAt: string | null;
  readonly nSteps: number;
  readonly days: number;
  readonly finalStateHash: string | null;
  readonly logOffers: boolean;
  /** Why a 'failed' run failed. */
  readonly error: string | null;
  readonly tournamentId: number | null;
  readonly worldKey: string | null;
}

interface Row extends Omit<RunMeta, 'config' | 'logOffers'> {
  readonly configJson: string;
  readonly logOffers: number;
}

const SQL = `
SELECT id, label, world, seed, config_json AS configJson, software_version AS softwareVersion, status,
  started_at AS startedAt, ended_at AS endedAt, n_steps AS nSteps, days, final_state_hash AS finalStateHash,
  log_offers AS logOffers, error, tournament_id AS tournamentId, world_key AS worldKey
FROM runs WHERE id = ?`;

/** The run's description and config (enough to run it again), or null if there is no such run. */
export function runMeta(db: Db, runId: number): RunMeta | null {
  const row = cachedStatement<[number], Row>(db, SQL).get(runId);
  if (row === undefined) return null;
  const { configJson, logOffers, ...rest } = row;
  return { ...rest, config: JSON.parse(configJson) as LeagueConfig, logOffers: logOffers === 1 };
}

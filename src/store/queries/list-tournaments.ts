import { cachedStatement } from '../cached-statement.ts';
import type { Db } from '../open-db.ts';

/** One row of the `tournaments` table, with its settings parsed and its stored runs counted. */
export interface StoredTournament {
  readonly id: number;
  readonly name: string;
  readonly seed: string;
  readonly status: 'planned' | 'running' | 'done' | 'failed';
  readonly createdAt: string;
  /** The tournament settings as written by the tournament layer (`config_json`), or {} if not an object. */
  readonly config: Readonly<Record<string, unknown>>;
  /** Runs of the store that belong to it. */
  readonly nRuns: number;
}

interface Row extends Omit<StoredTournament, 'config'> {
  readonly configJson: string;
}

const SQL = `
SELECT t.id, t.name, t.seed, t.status, t.created_at AS createdAt, t.config_json AS configJson,
  (SELECT count(*) FROM runs r WHERE r.tournament_id = t.id) AS nRuns
FROM tournaments t ORDER BY t.id`;

/** The stored tournaments, oldest first. */
export function listTournaments(db: Db): StoredTournament[] {
  return cachedStatement<[], Row>(db, SQL)
    .all()
    .map(({ configJson, ...rest }) => ({ ...rest, config: parseObject(configJson) }));
}

function parseObject(json: string): Readonly<Record<string, unknown>> {
  try {
    const value: unknown = JSON.parse(json);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

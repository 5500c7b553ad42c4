import { cachedStatement } from '../cached-statement.ts';
import type { Db } from '../open-db.ts';

const SQL = 'SELECT state_hash AS stateHash FROM days WHERE run_id = ? ORDER BY day';

/** The chained state hash of every written day: element `d` is day `d`'s (replay compares against these). */
export function dayHashes(db: Db, runId: number): string[] {
  return cachedStatement<[number], { stateHash: string }>(db, SQL)
    .all(runId)
    .map((r) => r.stateHash);
}

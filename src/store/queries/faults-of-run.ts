import type { FaultRecord } from '../../../worlds/base/league-records.ts';
import { cachedStatement } from '../cached-statement.ts';
import type { Db } from '../open-db.ts';

const SQL = 'SELECT agent, day, callback, kind, message FROM faults WHERE run_id = ? ORDER BY day, id';

/** Every contained agent failure of a run, in the order they happened. */
export function faultsOfRun(db: Db, runId: number): FaultRecord[] {
  return cachedStatement<[number], FaultRecord>(db, SQL).all(runId);
}

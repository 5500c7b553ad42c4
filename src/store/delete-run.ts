import { cachedStatement } from './cached-statement.ts';
import type { Db } from './open-db.ts';

/** Deletes a run and all its rows (foreign keys cascade); true if it existed. For resuming after a crash. */
export function deleteRun(db: Db, runId: number): boolean {
  return cachedStatement<[number], never>(db, 'DELETE FROM runs WHERE id = ?').run(runId).changes > 0;
}

import { openDb, type Db } from '../../../../src/store/open-db.ts';
import { SqliteSink } from '../../../../src/store/sqlite-sink.ts';
import { runStoreTestWorld } from '../../store/store-fixture.ts';

/** An in-memory store holding the store-test world `times` times (identical runs), and their ids. */
export function marketStore(options: { times?: number; std?: boolean } = {}): { db: Db; runIds: number[] } {
  const db = openDb(':memory:');
  const runIds: number[] = [];
  for (let k = 0; k < (options.times ?? 1); k++) {
    const sink = new SqliteSink(db, { logOffers: false });
    runStoreTestWorld(sink, { std: options.std ?? false });
    runIds.push(sink.runId);
  }
  return { db, runIds };
}

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { openDb } from '../store/open-db.ts';
import { SqliteSink } from '../store/sqlite-sink.ts';
import { StoreError } from '../store/store-error.ts';
import { CliError } from './cli-error.ts';

/** An open store for one run: its sink, the run id once begun, and how to close it. */
export interface RunStore {
  readonly sink: SqliteSink;
  runId(): number | null;
  /** Marks the run failed (if it was begun and not ended). */
  fail(error: unknown): void;
  close(): void;
}

/** Opens (creating folders and the file if needed) the SQLite store for one world run. */
export function openRunSink(
  path: string,
  options: { logOffers: boolean; logNegotiations: boolean; label: string },
): RunStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db;
  try {
    db = openDb(path);
  } catch (err: unknown) {
    if (err instanceof StoreError) throw new CliError(err.message);
    throw err;
  }
  const sink = new SqliteSink(db, {
    logOffers: options.logOffers,
    logNegotiations: options.logNegotiations,
    label: options.label,
    now: () => new Date().toISOString(),
  });
  return {
    sink,
    runId: () => {
      try {
        return sink.runId;
      } catch {
        return null;
      }
    },
    fail: (error) => sink.failRun(error),
    close: () => db.close(),
  };
}

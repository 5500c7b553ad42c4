import Database from 'better-sqlite3';
import { migrate, newerSchema, userVersion } from './migrate.ts';
import { ALL_MIGRATIONS } from './migrations/all-migrations.ts';
import type { Migration } from './migrations/migration.ts';
import { StoreError, asStoreError } from './store-error.ts';

/** An open run store. Callers outside src/store use this alias and never import better-sqlite3. */
export type Db = Database.Database;

/** `PRAGMA application_id` of every scm-league run store: 'SCML' in ASCII. */
export const APPLICATION_ID = 0x53434d4c;

export interface OpenDbOptions {
  /** Open for reading only: no pragmas written, no migration (default false). */
  readonly readonly?: boolean;
  /** How long to wait for another connection's lock before giving up, in ms (default 5000). */
  readonly busyTimeoutMs?: number;
  /** The known migrations (default: ALL_MIGRATIONS; tests inject their own). */
  readonly migrations?: readonly Migration[];
  /**
   * A private scratch file that is merged elsewhere and deleted (a tournament world, WorldShards):
   * rollback journal in memory and no fsync instead of WAL, since a crash loses nothing that is not
   * played again (default false).
   */
  readonly scratch?: boolean;
}

/**
 * Opens (creating if needed) a run store file or ':memory:', checks it is ours and not newer than this
 * code, sets WAL (files only), foreign keys, synchronous NORMAL and a busy timeout, and migrates it.
 * Throws a `StoreError` (`store/not_ours`, `store/newer_schema`, `store/older_schema`, `store/locked`,
 * `store/cannot_open`) that names the file and what to do.
 *
 * @example
 * const db = openDb('runs.sqlite');
 * try { runLeagueWorld({ ..., sink: new SqliteSink(db, { logOffers: false }) }); } finally { db.close(); }
 */
export function openDb(path: string, options: OpenDbOptions = {}): Db {
  const readonly = options.readonly ?? false;
  const migrations = options.migrations ?? ALL_MIGRATIONS;
  let db: Db;
  try {
    db = new Database(path, { readonly, fileMustExist: readonly });
  } catch (err: unknown) {
    throw new StoreError('store/cannot_open', path, `cannot open run store '${path}': ${messageOf(err)}`, {
      cause: err,
    });
  }
  try {
    db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? 5000))}`);
    const fresh = checkOwnership(db, path, migrations.length);
    if (readonly) {
      if (fresh)
        throw new StoreError(
          'store/not_ours',
          path,
          `'${path}' is an empty database, not a run store yet: open it for writing once to create the tables`,
        );
      const version = userVersion(db);
      if (version < migrations.length) {
        throw new StoreError(
          'store/older_schema',
          path,
          `run store '${path}' has schema version ${version} but this program needs ${migrations.length}: open it once for writing to migrate it`,
        );
      }
    } else {
      if (options.scratch === true) {
        db.pragma('journal_mode = MEMORY');
        db.pragma('synchronous = OFF');
      } else {
        if (!db.memory) db.pragma('journal_mode = WAL');
        db.pragma('synchronous = NORMAL');
      }
      if (fresh) db.pragma(`application_id = ${APPLICATION_ID}`);
    }
    db.pragma('foreign_keys = ON');
    if (!readonly) migrate(db, { migrations });
    return db;
  } catch (err: unknown) {
    db.close();
    throw asStoreError(err, path);
  }
}

/** True for an empty database we may claim; throws if it belongs to someone else or to a newer program. */
function checkOwnership(db: Db, path: string, known: number): boolean {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = userVersion(db);
  if (appId === APPLICATION_ID) {
    if (version > known) throw newerSchema(path, version, known);
    return false;
  }
  if (appId !== 0) {
    const hex = `0x${(appId >>> 0).toString(16).padStart(8, '0')}`;
    throw new StoreError(
      'store/not_ours',
      path,
      `'${path}' belongs to another application (application_id ${hex}): choose another file for scm-league runs`,
    );
  }
  const objects = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM sqlite_schema').get()?.n ?? 0;
  if (objects > 0 || version !== 0) {
    throw new StoreError(
      'store/not_ours',
      path,
      `'${path}' is a SQLite database but not an scm-league run store: choose another file for scm-league runs`,
    );
  }
  return true;
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

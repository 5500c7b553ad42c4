import type { Db } from './open-db.ts';
import { ALL_MIGRATIONS } from './migrations/all-migrations.ts';
import type { Migration } from './migrations/migration.ts';
import { StoreError } from './store-error.ts';

export interface MigrateOptions {
  /** The known migrations, versions 1..n in order (default: ALL_MIGRATIONS; tests inject their own). */
  readonly migrations?: readonly Migration[];
}

/** Schema versions before and after `migrate()`. */
export interface MigrateResult {
  readonly from: number;
  readonly to: number;
}

/**
 * Brings the schema up to the last known migration: each pending migration runs in its own IMMEDIATE
 * transaction that also sets `PRAGMA user_version`, so a failed step leaves the previous version intact.
 * Throws `store/newer_schema` when the database is ahead of the code.
 */
export function migrate(db: Db, options: MigrateOptions = {}): MigrateResult {
  const migrations = options.migrations ?? ALL_MIGRATIONS;
  checkMigrations(migrations, db.name);
  const latest = migrations.length;
  const from = userVersion(db);
  if (from > latest) throw newerSchema(db.name, from, latest);
  for (const m of migrations.slice(from)) {
    db.transaction(() => {
      // Another connection may have applied it while this one waited for the write lock.
      if (userVersion(db) >= m.version) return;
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
  return { from, to: userVersion(db) };
}

/** The schema version stored in the file (`PRAGMA user_version`). */
export function userVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** The error for a database written by a newer version of this program. */
export function newerSchema(path: string, found: number, known: number): StoreError {
  return new StoreError(
    'store/newer_schema',
    path,
    `run store '${path}' has schema version ${found} but this program knows versions up to ${known}: upgrade scm-league to read it`,
  );
}

function checkMigrations(migrations: readonly Migration[], path: string): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new StoreError(
        'store/bad_migrations',
        path,
        `migration '${m.name}' has version ${m.version} at position ${i + 1}: versions must run 1, 2, 3, ... in order`,
      );
    }
  });
}

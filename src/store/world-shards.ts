import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, type Db } from './open-db.ts';
import { runTables } from './run-tables.ts';

const TEMPLATE = 'empty.sqlite';
/** Shard directories are named `scm-shards-<pid>-<random>`, so a later process can tell orphans. */
const PREFIX = 'scm-shards-';

/**
 * Scratch run stores in one directory, one file per tournament world: the worker that plays a world
 * writes it into its own file, in parallel with the other workers, and the tournament's single writer
 * merges the file with INSERT … SELECT (`TournamentStore.mergeWorld`), about three times cheaper for
 * that thread than writing the rows itself (docs/performance.md). Each file is a copy of one empty store,
 * so no world pays for creating the schema, and that store is lean (`leanRunTables`): the tables a run
 * only appends to have no indexes, which the tournament's store checks and builds when it merges.
 *
 * @example
 * const shards = WorldShards.create();            // the writer, before starting its workers
 * const db = new WorldShards(shards.dir).open('world-7'); // a worker: play into SqliteSink(db), close
 * store.mergeWorld(tournamentId, key, db.name);   // the writer, then
 * shards.discard(db.name);
 * shards.remove();
 */
export class WorldShards {
  readonly dir: string;

  /** Shards in `dir`, which holds the empty store `WorldShards.create()` made. */
  constructor(dir: string) {
    this.dir = dir;
  }

  /**
   * A new directory under the system's temporary directory, with the empty store every shard copies.
   * Directories left by processes that no longer run (a tournament killed with -9) are deleted first.
   */
  static create(): WorldShards {
    removeOrphans(tmpdir());
    const dir = mkdtempSync(join(tmpdir(), `${PREFIX}${process.pid}-`));
    try {
      const template = openDb(join(dir, TEMPLATE), { scratch: true });
      try {
        leanRunTables(template);
      } finally {
        template.close();
      }
    } catch (err: unknown) {
      rmSync(dir, { recursive: true, force: true });
      throw err;
    }
    return new WorldShards(dir);
  }

  /** A new empty store file `<name>.sqlite` (replacing one left by an earlier try), open as scratch. */
  open(name: string): Db {
    const path = join(this.dir, `${name}.sqlite`);
    copyFileSync(join(this.dir, TEMPLATE), path);
    return openDb(path, { scratch: true });
  }

  /** Deletes one shard (merged, or no longer wanted). */
  discard(path: string): void {
    rmSync(path, { force: true });
  }

  /** Deletes the directory with every shard still in it. */
  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Tables a sink updates by key as the run goes (executed and nullified contracts): they keep their indexes. */
const UPDATED_BY_KEY: ReadonlySet<string> = new Set(['contracts']);

/**
 * Rebuilds every table that belongs to a run (a `run_id NOT NULL` column) and that the sink only
 * appends to, with the same columns and types but no constraints or indexes: in a shard they would be
 * built only to be thrown away (a quarter of the cost of writing a shard, docs/performance.md). The
 * merge inserts into the real tables, so uniqueness and checks still hold for what the store keeps.
 */
function leanRunTables(db: Db): void {
  // Views name their tables (offers reads negotiations): the legacy rename leaves them as they are.
  db.pragma('legacy_alter_table = ON');
  db.transaction(() => {
    for (const { name, columns } of runTables(db)) {
      if (UPDATED_BY_KEY.has(name)) continue;
      // Only tables keyed by their rowid (`id INTEGER PRIMARY KEY`); any other key stays as it is.
      const key = columns.filter((c) => c.pk > 0);
      if (key.length !== 1 || key[0]?.type !== 'INTEGER') continue;
      const defs = columns.map((c) =>
        c.pk === 1
          ? `"${c.name}" INTEGER PRIMARY KEY`
          : `"${c.name}" ${c.type}${c.notnull === 1 ? ' NOT NULL' : ''}`,
      );
      db.exec(`CREATE TABLE "${name}__lean" (${defs.join(', ')}) STRICT`);
      db.exec(`DROP TABLE "${name}"`);
      db.exec(`ALTER TABLE "${name}__lean" RENAME TO "${name}"`);
    }
  })();
  db.pragma('legacy_alter_table = OFF');
}

/** Deletes the shard directories in `parent` whose process has ended; anything uncertain is left alone. */
function removeOrphans(parent: string): void {
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(PREFIX)) continue;
    const pid = Number(name.slice(PREFIX.length).split('-')[0]);
    if (!Number.isSafeInteger(pid) || pid <= 0 || isRunning(pid)) continue;
    try {
      rmSync(join(parent, name), { recursive: true, force: true });
    } catch {
      // Not ours to delete after all (another user's): leave it.
    }
  }
}

/** False only when the process surely does not exist (ESRCH); another user's process counts as running. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err: unknown) {
    return (err as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

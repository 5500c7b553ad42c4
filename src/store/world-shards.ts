import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, type Db } from './open-db.ts';

const TEMPLATE = 'empty.sqlite';
/** Shard directories are named `scm-shards-<pid>-<random>`, so a later process can tell orphans. */
const PREFIX = 'scm-shards-';

/**
 * Scratch run stores in one directory, one file per tournament world: the worker that plays a world
 * writes it into its own file, in parallel with the other workers, and the tournament's single writer
 * merges the file with INSERT … SELECT (`TournamentStore.mergeWorld`), about three times cheaper for
 * that thread than writing the rows itself (docs/performance.md). Each file is a copy of one empty store,
 * so no world pays for creating the schema.
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
      openDb(join(dir, TEMPLATE), { scratch: true }).close();
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

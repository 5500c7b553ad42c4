import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, type Db } from './open-db.ts';

const TEMPLATE = 'empty.sqlite';

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
 * store.mergeWorld(tournamentId, key, db.name);   // the writer, then deletes the file
 * shards.remove();
 */
export class WorldShards {
  readonly dir: string;

  /** Shards in `dir`, which holds the empty store `WorldShards.create()` made. */
  constructor(dir: string) {
    this.dir = dir;
  }

  /** A new directory under the system's temporary directory, with the empty store every shard copies. */
  static create(): WorldShards {
    const dir = mkdtempSync(join(tmpdir(), 'scm-shards-'));
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

  /** Deletes the directory with every shard still in it. */
  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

import { cachedStatement } from './cached-statement.ts';
import type { Db } from './open-db.ts';
import { userVersion } from './migrate.ts';
import { runTables, tableColumns } from './run-tables.ts';

/** The INSERT … SELECT statements that copy one run of the attached `shard` into this store. */
interface MergeSql {
  readonly run: string;
  readonly rows: readonly string[];
}

const plans = new WeakMap<Db, MergeSql>();

/**
 * Copies the one finished run of another store file (a shard a tournament worker wrote, WorldShards)
 * into `db`: its runs row, linked to a tournament world, then every table that belongs to a run (a
 * `run_id NOT NULL` column), rows in their original order, all with INSERT … SELECT, so the rows never
 * pass through JavaScript. `andThen` runs in the same transaction (marking the world done), so either
 * the whole run is stored with it or nothing is. Returns the new `runs.id`.
 */
export function mergeRun(
  db: Db,
  shardPath: string,
  link: { readonly tournamentId: number; readonly worldKey: string },
  andThen: (runId: number) => void,
): number {
  const sql = plans.get(db) ?? mergeSql(db);
  plans.set(db, sql);
  // ATTACH and DETACH cannot run inside a transaction.
  cachedStatement<[string], never>(db, 'ATTACH DATABASE ? AS shard').run(shardPath);
  try {
    const version = db.pragma('shard.user_version', { simple: true }) as number;
    if (version !== userVersion(db))
      throw new Error(`shard '${shardPath}' has schema version ${version}, this store ${userVersion(db)}`);
    return db
      .transaction(() => {
        const runs = cachedStatement<[], { id: number; status: string }>(
          db,
          'SELECT id, status FROM shard.runs',
        ).all();
        const source = runs[0];
        if (runs.length !== 1 || source === undefined || source.status !== 'done')
          throw new Error(`shard '${shardPath}' must hold exactly one finished run`);
        const runId = Number(
          cachedStatement<[{ source: number; tournamentId: number; worldKey: string }], never>(
            db,
            sql.run,
          ).run({ source: source.id, ...link }).lastInsertRowid,
        );
        for (const rows of sql.rows)
          cachedStatement<[{ source: number; runId: number }], never>(db, rows).run({
            source: source.id,
            runId,
          });
        andThen(runId);
        return runId;
      })
      .immediate();
  } finally {
    cachedStatement<[], never>(db, 'DETACH DATABASE shard').run();
  }
}

/** The statements, from this store's own schema (the shard was made by the same migrations). */
function mergeSql(db: Db): MergeSql {
  const runColumns = tableColumns(db, 'runs')
    .map((c) => c.name)
    .filter((c) => c !== 'id');
  const linked = runColumns.map((c) =>
    c === 'tournament_id' ? '@tournamentId' : c === 'world_key' ? '@worldKey' : c,
  );
  const run = `INSERT INTO main.runs (${runColumns.join(', ')}) SELECT ${linked.join(', ')} FROM shard.runs WHERE id = @source`;
  const rows = runTables(db).map((table) => {
    const names = table.columns.map((c) => c.name).filter((c) => c !== 'id');
    const values = names.map((c) => (c === 'run_id' ? '@runId' : c));
    return `INSERT INTO main.${table.name} (${names.join(', ')}) SELECT ${values.join(', ')} FROM shard.${table.name} WHERE run_id = @source ORDER BY rowid`;
  });
  return { run, rows };
}

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Db, openDb } from '../../../src/store/open-db.ts';
import { SqliteSink } from '../../../src/store/sqlite-sink.ts';
import { TournamentStore } from '../../../src/store/tournament-store.ts';
import { WorldShards } from '../../../src/store/world-shards.ts';
import { runStoreTestWorld, storeTestConfig } from './store-fixture.ts';

function clock(): () => string {
  let t = 0;
  return () => new Date(Date.UTC(2025, 0, 1, 0, 0, t++)).toISOString();
}

/** A store with a one-world tournament; returns its id. */
function withTournament(db: Db): number {
  return new TournamentStore(db, { now: clock() }).create({
    name: 't',
    configJson: '{}',
    seed: 's',
    worlds: [{ key: 'w', configIndex: 0, assignmentJson: '[]', seed: 'x' }],
  });
}

/** Every table that belongs to a run, as the schema says (a NOT NULL run_id). */
function runTables(db: Db): string[] {
  const tables = db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    .all()
    .map((t) => t.name);
  return tables.filter((t) =>
    db
      .prepare<[string], { name: string; notnull: number }>(
        'SELECT name, "notnull" FROM pragma_table_info(?)',
      )
      .all(t)
      .some((c) => c.name === 'run_id' && c.notnull === 1),
  );
}

/** A table's rows without their own ids, in insertion order. */
function rows(db: Db, table: string): unknown[] {
  return db
    .prepare(`SELECT * FROM ${table} ORDER BY id`)
    .all()
    .map((r) => {
      const { id: _id, ...rest } = r as Record<string, unknown>;
      return rest;
    });
}

let shards: WorldShards | null = null;
afterEach(() => {
  shards?.remove();
  shards = null;
});

describe('TournamentStore.mergeWorld (mergeRun)', () => {
  it('stores a shard run exactly as a sink writing into the store itself would', () => {
    const direct = openDb(':memory:');
    const tournamentId = withTournament(direct);
    runStoreTestWorld(
      new SqliteSink(direct, { logOffers: true, tournamentId, worldKey: 'w', now: clock() }),
      { logOffers: true, std: true },
    );

    shards = WorldShards.create();
    const shard = shards.open('world-0');
    runStoreTestWorld(new SqliteSink(shard, { logOffers: true, now: clock() }), {
      logOffers: true,
      std: true,
    });
    shard.close();
    const merged = openDb(':memory:');
    const store = new TournamentStore(merged);
    const runId = store.mergeWorld(withTournament(merged), 'w', shard.name);

    expect(rows(merged, 'runs')).toEqual(rows(direct, 'runs'));
    const tables = runTables(merged);
    expect(tables).toEqual(expect.arrayContaining(['negotiations', 'contracts', 'agent_days', 'scores']));
    for (const table of tables) {
      expect({ table, rows: rows(merged, table) }).toEqual({ table, rows: rows(direct, table) });
    }
    expect(rows(merged, 'negotiations').length).toBeGreaterThan(0);
    expect(rows(merged, 'contracts').length).toBeGreaterThan(0);
    expect(store.worlds(1)).toEqual([expect.objectContaining({ worldKey: 'w', status: 'done', runId })]);
  });

  it('stores nothing from a shard without exactly one finished run, and can merge the next one', () => {
    shards = WorldShards.create();
    const failed = shards.open('failed');
    const sink = new SqliteSink(failed, { logOffers: false });
    sink.beginRun({
      world: 'std',
      seed: 's',
      config: storeTestConfig({ std: true }),
      softwareVersion: '1',
      label: 'x',
    });
    sink.failRun(new Error('boom'));
    failed.close();
    const db = openDb(':memory:');
    const store = new TournamentStore(db);
    const id = withTournament(db);

    expect(() => store.mergeWorld(id, 'w', failed.name)).toThrow(/exactly one finished run/);
    expect(rows(db, 'runs')).toEqual([]);
    expect(store.worlds(id)[0]?.status).toBe('planned');

    const good = shards.open('good');
    runStoreTestWorld(new SqliteSink(good, { logOffers: false }));
    good.close();
    expect(store.mergeWorld(id, 'w', good.name)).toBe(1);
    expect(store.worlds(id)[0]?.status).toBe('done');
  });

  it("keeps the store's constraints on what it merges from a lean shard", () => {
    shards = WorldShards.create();
    const shard = shards.open('lean');
    const indexed = (table: string): number =>
      (
        shard
          .prepare<[string], { n: number }>(
            "SELECT count(*) AS n FROM sqlite_schema WHERE type = 'index' AND tbl_name = ?",
          )
          .get(table) as { n: number }
      ).n;
    // Appended-only tables carry no index in a shard; contracts, updated by id and day, keep theirs.
    expect(indexed('negotiations')).toBe(0);
    expect(indexed('agent_days')).toBe(0);
    expect(indexed('contracts')).toBeGreaterThan(0);
    runStoreTestWorld(new SqliteSink(shard, { logOffers: true, now: clock() }), { logOffers: true });
    // The shard accepts a second row for the same agent and day; the store must not.
    const columns = shard
      .prepare<[], { name: string }>("SELECT name FROM pragma_table_info('agent_days') WHERE name != 'id'")
      .all()
      .map((c) => c.name)
      .join(', ');
    shard.exec(`INSERT INTO agent_days (${columns}) SELECT ${columns} FROM agent_days WHERE id = 1`);
    shard.close();
    const db = openDb(':memory:');
    const store = new TournamentStore(db);
    const id = withTournament(db);

    expect(() => store.mergeWorld(id, 'w', shard.name)).toThrow(/UNIQUE constraint failed: agent_days/);
    expect(rows(db, 'runs')).toEqual([]);
    expect(rows(db, 'agent_days')).toEqual([]);
    expect(store.worlds(id)[0]?.status).toBe('planned');
  });

  it('refuses a shard made by another schema version', () => {
    shards = WorldShards.create();
    const shard = shards.open('old');
    runStoreTestWorld(new SqliteSink(shard, { logOffers: false }));
    shard.pragma('user_version = 3');
    shard.close();
    const db = openDb(':memory:');
    const store = new TournamentStore(db);

    expect(() => store.mergeWorld(withTournament(db), 'w', shard.name)).toThrow(/schema version 3/);
    expect(rows(db, 'runs')).toEqual([]);
  });
});

describe('WorldShards', () => {
  it('opens empty stores, a fresh one for a name used before, and removes them all', () => {
    shards = WorldShards.create();
    const first = shards.open('w');
    runStoreTestWorld(new SqliteSink(first, { logOffers: false }));
    first.close();
    const again = shards.open('w');
    expect(again.prepare('SELECT count(*) AS n FROM runs').get()).toEqual({ n: 0 });
    again.close();

    shards.remove();
    expect(existsSync(shards.dir)).toBe(false);
  });

  it('deletes the shard directories of processes that have ended, and only those', () => {
    const ended = spawnSync(process.execPath, ['-e', '0']).pid;
    if (ended === undefined) throw new Error('no child process');
    const orphan = join(tmpdir(), `scm-shards-${ended}-test`);
    const living = join(tmpdir(), `scm-shards-${process.pid}-test`);
    mkdirSync(orphan, { recursive: true });
    mkdirSync(living, { recursive: true });
    try {
      shards = WorldShards.create();
      expect(existsSync(orphan)).toBe(false);
      expect(existsSync(living)).toBe(true);
      expect(shards.dir.startsWith(join(tmpdir(), `scm-shards-${process.pid}-`))).toBe(true);
    } finally {
      rmSync(living, { recursive: true, force: true });
      rmSync(orphan, { recursive: true, force: true });
    }
  });
});

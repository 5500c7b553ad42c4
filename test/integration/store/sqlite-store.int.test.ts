import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb } from '../../../src/store/open-db.ts';
import { dayHashes } from '../../../src/store/queries/day-hashes.ts';
import { listRuns } from '../../../src/store/queries/list-runs.ts';
import { runMeta } from '../../../src/store/queries/run-meta.ts';
import { scoresOfRun } from '../../../src/store/queries/scores-of-run.ts';
import { SqliteSink } from '../../../src/store/sqlite-sink.ts';
import { runStoreTestWorld } from '../../unit/store/store-fixture.ts';

describe('SqliteSink on a real file', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'scm-store-int-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stores runs in a WAL file that passes integrity checks and reads back after reopening', () => {
    const path = join(dir, 'runs.sqlite');
    const db = openDb(path);
    const oneshot = new SqliteSink(db, { logOffers: true });
    const a = runStoreTestWorld(oneshot);
    const std = new SqliteSink(db, { logOffers: false });
    const b = runStoreTestWorld(std, { std: true });
    // A reader sees committed days while the writer holds the file open (WAL).
    const reader = openDb(path, { readonly: true });
    expect(dayHashes(reader, oneshot.runId)).toEqual(a.days.map((d) => d.stateHash));
    reader.close();
    db.close();

    const again = openDb(path, { readonly: true });
    expect(again.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(again.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(again.pragma('foreign_key_check')).toEqual([]);
    expect(listRuns(again).map((r) => [r.world, r.status])).toEqual([
      ['oneshot', 'done'],
      ['std', 'done'],
    ]);
    expect(dayHashes(again, std.runId)).toEqual(b.days.map((d) => d.stateHash));
    expect(scoresOfRun(again, oneshot.runId).map((s) => s.score)).toEqual(
      a.summary.results.map((r) => r.score),
    );
    expect(runMeta(again, std.runId)?.finalStateHash).toBe(b.summary.finalStateHash);
    again.close();
  });

  it('reports a write blocked by another writer as store/locked and keeps the run consistent', () => {
    const path = join(dir, 'runs.sqlite');
    const db = openDb(path, { busyTimeoutMs: 20 });
    const sink = new SqliteSink(db, { logOffers: false });
    const holder = new Database(path);
    holder.exec('BEGIN IMMEDIATE');
    try {
      expect(() => runStoreTestWorld(sink)).toThrow(expect.objectContaining({ code: 'store/locked' }));
    } finally {
      holder.close();
    }
    expect(listRuns(db)).toEqual([]);
    db.close();
  });
});

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { userVersion } from '../../../src/store/migrate.ts';
import { migration001 } from '../../../src/store/migrations/001-init.ts';
import { migration002 } from '../../../src/store/migrations/002-tournament-results.ts';
import { migration003 } from '../../../src/store/migrations/003-factory.ts';
import { ALL_MIGRATIONS } from '../../../src/store/migrations/all-migrations.ts';
import { offersJson } from '../../../src/store/offers-json.ts';
import { openDb } from '../../../src/store/open-db.ts';

describe('offersJson()', () => {
  it('writes one positional array per action, leaving out absent messages', () => {
    expect(
      offersJson([
        { round: 0, actor: 0, kind: 'offer', outcome: { quantity: 3, deliveryDay: 5, unitPrice: 12.5 } },
        { round: 0, actor: 1, kind: 'accept', outcome: { quantity: 3, deliveryDay: 5, unitPrice: 12.5 } },
      ]),
    ).toBe('[[0,0,"offer",3,5,12.5],[0,1,"accept",3,5,12.5]]');
    expect(offersJson([])).toBe('[]');
  });

  it('keeps the finite numbers of an invalid offer and describes the raw output', () => {
    const json = offersJson([
      {
        round: 2,
        actor: 1,
        kind: 'invalid',
        outcome: { quantity: 'x', deliveryDay: 4, unitPrice: Infinity },
      },
      { round: 3, actor: 0, kind: 'error', message: 'said "no"\n' },
      { round: 4, actor: 1, kind: 'end' },
    ]);
    expect(JSON.parse(json)).toEqual([
      [2, 1, 'invalid', null, 4, null, '{"deliveryDay":4,"quantity":"x","unitPrice":"Infinity"}'],
      [3, 0, 'error', null, null, null, 'said "no"\n'],
      [4, 1, 'end', null, null, null],
    ]);
  });
});

describe('migration 004 (offers in negotiations)', () => {
  it('carries the offers of a version-3 store into the offers view, row for row', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'scm-migrate-')), 'v3.sqlite');
    const old = openDb(path, { migrations: [migration001, migration002, migration003] });
    expect(userVersion(old)).toBe(3);
    const run = (logOffers: number): number =>
      Number(
        old
          .prepare(
            `INSERT INTO runs (label, world, seed, config_json, software_version, status, started_at, n_steps, log_offers)
             VALUES ('', 'std', 's', '{}', '0', 'done', 'now', 5, ?)`,
          )
          .run(logOffers).lastInsertRowid,
      );
    const negotiation = (runId: number, negId: string, opener: string): number =>
      Number(
        old
          .prepare(
            `INSERT INTO negotiations (run_id, neg_id, day, product, seller, buyer, opener, status, rounds)
             VALUES (?, ?, 0, 1, 'S', 'B', ?, 'broken', 3)`,
          )
          .run(runId, negId, opener).lastInsertRowid,
      );
    const logged = run(1);
    const n0 = negotiation(logged, 'n0', 'B');
    const n1 = negotiation(logged, 'n1', 'S');
    const silent = negotiation(run(0), 'n0', 'S');
    const offer = old.prepare(
      `INSERT INTO offers (run_id, negotiation_id, idx, round, actor, kind, quantity, delivery_day, unit_price, message)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // Inserted out of order: the view must follow idx.
    offer.run(logged, n0, 1, 0, 'S', 'offer', 2, 3, 11.5, null);
    offer.run(logged, n0, 0, 0, 'B', 'offer', 4, 3, 9, null);
    offer.run(logged, n0, 2, 1, 'B', 'invalid', null, 3, null, '{"quantity":-1}');
    const columns =
      'run_id, negotiation_id, idx, round, actor, kind, quantity, delivery_day, unit_price, message';
    const before = old.prepare(`SELECT ${columns} FROM offers ORDER BY negotiation_id, idx`).all();
    old.close();

    const db = openDb(path);
    try {
      expect(userVersion(db)).toBe(ALL_MIGRATIONS.length);
      expect(db.prepare(`SELECT ${columns} FROM offers ORDER BY negotiation_id, idx`).all()).toEqual(before);
      const json = db.prepare('SELECT id, offers_json AS j FROM negotiations ORDER BY id').all();
      // A logged negotiation without actions has an empty list; a run without offers has none.
      expect(json).toEqual([
        { id: n0, j: expect.any(String) },
        { id: n1, j: '[]' },
        { id: silent, j: null },
      ]);
    } finally {
      db.close();
    }
  });
});

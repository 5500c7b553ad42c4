import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../../src/store/open-db.ts';
import { migration001 } from '../../../src/store/migrations/001-init.ts';
import { userVersion } from '../../../src/store/migrate.ts';
import { ALL_MIGRATIONS } from '../../../src/store/migrations/all-migrations.ts';

describe('migration 002 (tournament results)', () => {
  it('upgrades a version-1 database in place, keeping its tournaments', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'scm-migrate-')), 'old.sqlite');
    const old = openDb(path, { migrations: [migration001] });
    expect(userVersion(old)).toBe(1);
    old
      .prepare(
        "INSERT INTO tournaments (name, config_json, seed, status, created_at) VALUES ('t', '{}', 's', 'done', 'now')",
      )
      .run();
    old.close();

    const db = openDb(path);
    try {
      expect(userVersion(db)).toBe(ALL_MIGRATIONS.length);
      expect(db.prepare('SELECT name FROM tournaments').all()).toEqual([{ name: 't' }]);
      db.prepare(
        'INSERT INTO tournament_rankings (tournament_id, rank, agent_type, n_worlds, truncated_mean, winner) VALUES (1, 1, ?, 3, 1.0, 1)',
      ).run('A');
      expect(db.prepare('SELECT agent_type AS t FROM tournament_rankings').all()).toEqual([{ t: 'A' }]);
    } finally {
      db.close();
    }
  });
});

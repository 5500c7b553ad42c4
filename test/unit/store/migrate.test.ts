import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, userVersion } from '../../../src/store/migrate.ts';
import { ALL_MIGRATIONS } from '../../../src/store/migrations/all-migrations.ts';
import type { Migration } from '../../../src/store/migrations/migration.ts';
import { StoreError } from '../../../src/store/store-error.ts';

const m1: Migration = { version: 1, name: 'one', sql: 'CREATE TABLE a (id INTEGER PRIMARY KEY);' };
const m2: Migration = {
  version: 2,
  name: 'two',
  sql: 'CREATE TABLE b (id INTEGER PRIMARY KEY); ALTER TABLE a ADD COLUMN note TEXT;',
};

function tables(db: Database.Database): string[] {
  return db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    .all()
    .map((r) => r.name);
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err: unknown) {
    return err instanceof StoreError ? err.code : `not a StoreError: ${String(err)}`;
  }
  return 'no error';
}

describe('migrate()', () => {
  it('creates the whole schema from zero and sets user_version', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toEqual({ from: 0, to: ALL_MIGRATIONS.length });
    expect(userVersion(db)).toBe(ALL_MIGRATIONS.length);
    expect(tables(db)).toEqual(
      [
        'agent_days',
        'agents',
        'bankruptcies',
        'breaches',
        'contracts',
        'days',
        'factory_agent_days',
        'factory_breaches',
        'factory_cancelled_contracts',
        'factory_compensations',
        'factory_executions',
        'factory_inventories',
        'factory_ledger',
        'factory_liquidations',
        'factory_loans',
        'factory_product_days',
        'factory_production',
        'factory_spot_purchases',
        'faults',
        'financial_reports',
        'negotiations',
        'product_days',
        'runs',
        'scores',
        'tournament_pairwise',
        'tournament_rankings',
        'tournament_worlds',
        'tournaments',
      ].sort(),
    );
    const views = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'view'").pluck().all();
    expect(views).toEqual(['offers']);
    db.close();
  });

  it('applies only the pending migrations of an older database', () => {
    const db = new Database(':memory:');
    expect(migrate(db, { migrations: [m1] })).toEqual({ from: 0, to: 1 });
    db.prepare('INSERT INTO a (id) VALUES (7)').run();
    expect(migrate(db, { migrations: [m1, m2] })).toEqual({ from: 1, to: 2 });
    expect(tables(db)).toEqual(['a', 'b']);
    // The data of version 1 survives, with the new column.
    expect(db.prepare('SELECT id, note FROM a').all()).toEqual([{ id: 7, note: null }]);
    expect(migrate(db, { migrations: [m1, m2] })).toEqual({ from: 2, to: 2 });
    db.close();
  });

  it('rejects a database whose user_version is newer than the code', () => {
    const db = new Database(':memory:');
    db.pragma('user_version = 3');
    expect(codeOf(() => migrate(db, { migrations: [m1, m2] }))).toBe('store/newer_schema');
    db.close();
  });

  it('rolls a failing migration back whole, keeping the previous version', () => {
    const db = new Database(':memory:');
    const broken: Migration = {
      version: 2,
      name: 'broken',
      sql: 'CREATE TABLE b (id INTEGER); CREATE TABLE a (id INTEGER);',
    };
    migrate(db, { migrations: [m1] });
    expect(() => migrate(db, { migrations: [m1, broken] })).toThrow(/already exists/);
    expect(userVersion(db)).toBe(1);
    expect(tables(db)).toEqual(['a']);
    db.close();
  });

  it('rejects a migration list that is not numbered 1, 2, 3, ...', () => {
    const db = new Database(':memory:');
    expect(codeOf(() => migrate(db, { migrations: [m2] }))).toBe('store/bad_migrations');
    expect(userVersion(db)).toBe(0);
    db.close();
  });
});

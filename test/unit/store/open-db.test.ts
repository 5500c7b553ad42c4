import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALL_MIGRATIONS } from '../../../src/store/migrations/all-migrations.ts';
import type { Migration } from '../../../src/store/migrations/migration.ts';
import { APPLICATION_ID, openDb } from '../../../src/store/open-db.ts';
import { StoreError } from '../../../src/store/store-error.ts';

function errorOf(fn: () => unknown): StoreError {
  try {
    fn();
  } catch (err: unknown) {
    if (err instanceof StoreError) return err;
    throw err;
  }
  throw new Error('expected a StoreError');
}

describe('openDb()', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'scm-open-db-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('opens :memory: with foreign keys on, our application id and the latest schema', () => {
    const db = openDb(':memory:');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(ALL_MIGRATIONS.length);
    expect(db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    db.close();
  });

  it('opens a file in WAL mode and reopens it without migrating again', () => {
    const path = join(dir, 'runs.sqlite');
    openDb(path).close();
    const db = openDb(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });

  it('migrates a file created at an older schema version', () => {
    const path = join(dir, 'runs.sqlite');
    const m2: Migration = {
      version: 2,
      name: 'notes',
      sql: 'CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL) STRICT;',
    };
    openDb(path, { migrations: ALL_MIGRATIONS.slice(0, 1) }).close();
    const db = openDb(path, { migrations: [...ALL_MIGRATIONS.slice(0, 1), m2] });
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'notes'").get()).toEqual({
      n: 1,
    });
    db.close();
  });

  it('rejects a file with a newer schema version, naming the file', () => {
    const path = join(dir, 'runs.sqlite');
    openDb(path).close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${ALL_MIGRATIONS.length + 1}`);
    raw.close();
    const err = errorOf(() => openDb(path));
    expect(err.code).toBe('store/newer_schema');
    expect(err.message).toContain(path);
    expect(err.message).toMatch(/upgrade/);
    expect(errorOf(() => openDb(path, { readonly: true })).code).toBe('store/newer_schema');
  });

  it('rejects a file that is not SQLite at all', () => {
    const path = join(dir, 'notes.txt');
    writeFileSync(path, 'these are my notes, not a database\n'.repeat(40));
    const err = errorOf(() => openDb(path));
    expect(err.code).toBe('store/not_ours');
    expect(err.message).toContain(path);
  });

  it('rejects a SQLite file of another application', () => {
    const path = join(dir, 'other.sqlite');
    const raw = new Database(path);
    raw.pragma('application_id = 1234');
    raw.close();
    expect(errorOf(() => openDb(path)).code).toBe('store/not_ours');
  });

  it('rejects a SQLite file with tables but no application id, and leaves it untouched', () => {
    const path = join(dir, 'plain.sqlite');
    const raw = new Database(path);
    raw.exec('CREATE TABLE mine (x)');
    raw.close();
    const err = errorOf(() => openDb(path));
    expect(err.code).toBe('store/not_ours');
    expect(err.message).toMatch(/not an scm-league run store/);
    const check = new Database(path);
    expect(check.pragma('application_id', { simple: true })).toBe(0);
    expect(check.pragma('journal_mode', { simple: true })).toBe('delete');
    check.close();
  });

  it('reports a database locked by another connection', () => {
    const path = join(dir, 'runs.sqlite');
    openDb(path).close();
    const holder = new Database(path);
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const err = errorOf(() => openDb(path, { busyTimeoutMs: 20 }));
      expect(err.code).toBe('store/locked');
      expect(err.message).toContain(path);
    } finally {
      holder.close();
    }
  });

  it('opens read-only without writing, and refuses what it cannot read as is', () => {
    const path = join(dir, 'runs.sqlite');
    openDb(path).close();
    const db = openDb(path, { readonly: true });
    expect(db.readonly).toBe(true);
    expect(() => db.exec('CREATE TABLE x (y)')).toThrow();
    db.close();
    const m2: Migration = { version: 2, name: 'more', sql: 'CREATE TABLE more (id INTEGER PRIMARY KEY);' };
    expect(errorOf(() => openDb(path, { readonly: true, migrations: [...ALL_MIGRATIONS, m2] })).code).toBe(
      'store/older_schema',
    );
    expect(errorOf(() => openDb(join(dir, 'missing.sqlite'), { readonly: true })).code).toBe(
      'store/cannot_open',
    );
    const empty = join(dir, 'empty.sqlite');
    new Database(empty).close();
    expect(errorOf(() => openDb(empty, { readonly: true })).code).toBe('store/not_ours');
  });
});

import { describe, expect, it } from 'vitest';
import { type Db, openDb } from '../../../src/store/open-db.ts';
import { RowBatch } from '../../../src/store/row-batch.ts';

function scratch(): Db {
  const db = openDb(':memory:');
  db.exec('CREATE TABLE t (a INTEGER NOT NULL, b TEXT, c REAL) STRICT');
  return db;
}

function rows(db: Db): unknown[] {
  return db.prepare('SELECT a, b, c FROM t ORDER BY rowid').raw().all();
}

describe('RowBatch', () => {
  it.each([0, 1, 2, 63, 64, 65, 127, 200])('flush() inserts %i rows in order and empties values', (n) => {
    const db = scratch();
    const batch = new RowBatch(db, 't', ['a', 'b', 'c']);
    const expected: unknown[][] = [];
    for (let i = 0; i < n; i++) {
      const row = [i, i % 3 === 0 ? null : `r${i}`, i / 2];
      batch.values.push(...row);
      expected.push(row);
    }
    batch.flush();
    expect(batch.values).toEqual([]);
    expect(rows(db)).toEqual(expected);
    batch.flush();
    expect(rows(db)).toHaveLength(n);
    db.close();
  });

  it('shares its statements between batches of one connection', () => {
    const db = scratch();
    const first = new RowBatch(db, 't', ['a', 'b', 'c']);
    first.values.push(1, 'x', 1.5);
    first.flush();
    const second = new RowBatch(db, 't', ['a', 'b', 'c']);
    second.values.push(2, 'y', 2.5);
    second.flush();
    expect(rows(db)).toEqual([
      [1, 'x', 1.5],
      [2, 'y', 2.5],
    ]);
    db.close();
  });

  it('refuses values that do not make whole rows', () => {
    const db = scratch();
    const batch = new RowBatch(db, 't', ['a', 'b', 'c']);
    batch.values.push(1, 'x');
    expect(() => batch.flush()).toThrow(/2 values do not make rows of 3/);
    expect(batch.values).toEqual([]);
    db.close();
  });

  it('drops its rows when an insert fails, so they cannot reach the next flush', () => {
    const db = scratch();
    const batch = new RowBatch(db, 't', ['a', 'b', 'c']);
    batch.values.push(null, 'x', 1);
    expect(() => batch.flush()).toThrow(/NOT NULL/);
    expect(batch.values).toEqual([]);
    batch.values.push(1, 'y', 2);
    batch.flush();
    expect(rows(db)).toEqual([[1, 'y', 2]]);
  });

  it('clear() drops pending rows', () => {
    const db = scratch();
    const batch = new RowBatch(db, 't', ['a', 'b', 'c']);
    batch.values.push(1, 'x', 1);
    batch.clear();
    batch.flush();
    expect(rows(db)).toEqual([]);
    db.close();
  });
});

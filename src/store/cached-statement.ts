import type Database from 'better-sqlite3';
import type { Db } from './open-db.ts';

const caches = new WeakMap<Db, Map<string, unknown>>();

/** The statement for `sql` on `db`, prepared on first use and reused after (style.md §6.12). */
export function cachedStatement<P extends object, R>(db: Db, sql: string): Database.Statement<P, R> {
  let cache = caches.get(db);
  if (cache === undefined) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(sql) as Database.Statement<P, R> | undefined;
  if (statement === undefined) {
    statement = db.prepare<P, R>(sql);
    cache.set(sql, statement);
  }
  return statement;
}

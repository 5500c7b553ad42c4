import type Database from 'better-sqlite3';
import { cachedStatement } from './cached-statement.ts';
import type { Db } from './open-db.ts';

/** Rows one INSERT carries at most: 64 × 21 columns (agent_days) is far below SQLite's 32,766 parameters. */
const MAX_ROWS = 64;

/**
 * Rows for one table, collected flat and written with multi-row INSERTs bound positionally: per row,
 * one statement step and one named-parameter object cost more than the row itself. A flush of `n` rows
 * runs `n / 64` full statements and one statement per set bit of the rest (32, 16, ..., 1 rows), each
 * prepared once per connection (style.md §6.12).
 *
 * @example
 * const b = new RowBatch(db, 'breaches', ['run_id', 'day', 'agent', 'level']);
 * b.values.push(runId, 3, '00Gr@0', 0.5);
 * b.flush();
 */
export class RowBatch {
  /** Pending rows, one value per column, row after row; push to it, then `flush()`. */
  readonly values: unknown[] = [];
  readonly #db: Db;
  readonly #head: string;
  readonly #tuple: string;
  readonly #width: number;
  /** The statement for 2^k rows at index k, prepared on first use. */
  readonly #statements: (Database.Statement<[readonly unknown[]]> | undefined)[] = [];

  constructor(db: Db, table: string, columns: readonly string[]) {
    this.#db = db;
    this.#head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
    this.#tuple = `(${columns.map(() => '?').join(', ')})`;
    this.#width = columns.length;
  }

  /** Inserts the pending rows, in order, and empties `values` (also when an insert fails). */
  flush(): void {
    const v = this.values;
    const width = this.#width;
    try {
      if (v.length % width !== 0)
        throw new Error(`RowBatch: ${v.length} values do not make rows of ${width}`);
      let rows = v.length / width;
      let at = 0;
      for (let size = MAX_ROWS; rows > 0; size >>= 1) {
        while (rows >= size) {
          const n = size * width;
          // Bound as one array: better-sqlite3 spreads it over the anonymous parameters.
          this.#statement(size).run(at === 0 && n === v.length ? v : v.slice(at, at + n));
          at += n;
          rows -= size;
        }
      }
    } finally {
      v.length = 0;
    }
  }

  /** Drops the pending rows (after a failed transaction, so they cannot leak into the next one). */
  clear(): void {
    this.values.length = 0;
  }

  #statement(size: number): Database.Statement<[readonly unknown[]]> {
    const k = Math.log2(size);
    let s = this.#statements[k];
    if (s === undefined) {
      const sql = this.#head + Array.from({ length: size }, () => this.#tuple).join(', ');
      s = cachedStatement<[readonly unknown[]], never>(this.#db, sql);
      this.#statements[k] = s;
    }
    return s;
  }
}

/** One step of the store's schema: applied once, in order, in its own immediate transaction. */
export interface Migration {
  /** 1-based; after it runs `PRAGMA user_version` equals this number. */
  readonly version: number;
  /** Short kebab-case name, as in the file name (`001-init.ts` -> 'init'). */
  readonly name: string;
  /** SQL statements run with `db.exec` (no `BEGIN`/`COMMIT`, no `PRAGMA user_version`). */
  readonly sql: string;
}

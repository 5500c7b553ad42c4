import type { Db } from './open-db.ts';

/** A column as `pragma_table_info` describes it. */
export interface TableColumn {
  readonly name: string;
  readonly type: string;
  readonly notnull: number;
  /** Its place in the primary key (1-based), 0 when not part of it. */
  readonly pk: number;
}

/** A table's columns, in table order. */
export function tableColumns(db: Db, table: string): TableColumn[] {
  return db
    .prepare<[string], TableColumn>('SELECT name, type, "notnull", pk FROM pragma_table_info(?) ORDER BY cid')
    .all(table);
}

/**
 * The tables that belong to a run (a `run_id NOT NULL` column), in schema order, with their columns in
 * table order: what a shard holds of a run and what a merge copies.
 */
export function runTables(db: Db): { readonly name: string; readonly columns: TableColumn[] }[] {
  return db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid",
    )
    .all()
    .map((t) => ({ name: t.name, columns: tableColumns(db, t.name) }))
    .filter((t) => t.columns.some((c) => c.name === 'run_id' && c.notnull === 1));
}

/** Why the store refused a database file (style.md §2: namespaced codes). */
export type StoreErrorCode =
  | 'store/not_ours'
  | 'store/newer_schema'
  | 'store/older_schema'
  | 'store/locked'
  | 'store/cannot_open'
  | 'store/bad_migrations'
  | 'store/sink_state';

/** An error raised by the run store, with a code a caller can switch on and a message naming the file. */
export class StoreError extends Error {
  readonly code: StoreErrorCode;
  /** The database file concerned (':memory:' for an in-memory database). */
  readonly path: string;

  constructor(code: StoreErrorCode, path: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
    this.code = code;
    this.path = path;
  }
}

/**
 * SQLite's lock and file-format errors as store errors (`store/locked`, `store/not_ours`); any other
 * error is returned unchanged.
 */
export function asStoreError(err: unknown, path: string): unknown {
  if (err instanceof StoreError || !(err instanceof Error)) return err;
  const code = 'code' in err && typeof err.code === 'string' ? err.code : '';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new StoreError(
      'store/locked',
      path,
      `run store '${path}' is locked by another process: wait for it to finish or use another file`,
      { cause: err },
    );
  }
  if (code === 'SQLITE_NOTADB') {
    return new StoreError(
      'store/not_ours',
      path,
      `'${path}' is not a SQLite database: choose another file for scm-league runs`,
      { cause: err },
    );
  }
  return err;
}

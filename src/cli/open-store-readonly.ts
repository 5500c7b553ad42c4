import { existsSync } from 'node:fs';
import { openDb, type Db } from '../store/open-db.ts';
import { StoreError } from '../store/store-error.ts';
import { CliError } from './cli-error.ts';

/**
 * Opens an existing run store for reading. A missing file, a file of another program or one that
 * needs migrating is bad input (exit 2) with a message that says what to do.
 */
export function openStoreReadonly(path: string): Db {
  if (path !== ':memory:' && !existsSync(path)) {
    throw new CliError(`no run store at '${path}': store a run there first, e.g. scm run tiny --db ${path}`);
  }
  try {
    return openDb(path, { readonly: true });
  } catch (err: unknown) {
    if (err instanceof StoreError) throw new CliError(err.message);
    throw err;
  }
}

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { type Db, openDb } from '../store/open-db.ts';
import { StoreError } from '../store/store-error.ts';
import { CliError } from './cli-error.ts';

/** Opens (creating folders and the file if needed) a run store; store problems become usage errors. */
export function openStore(path: string, options: { readonly?: boolean } = {}): Db {
  if (path !== ':memory:' && !options.readonly) mkdirSync(dirname(path), { recursive: true });
  try {
    return openDb(path, options);
  } catch (err: unknown) {
    if (err instanceof StoreError) throw new CliError(err.message);
    throw err;
  }
}

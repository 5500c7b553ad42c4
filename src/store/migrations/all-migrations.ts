import { migration001 } from './001-init.ts';
import { migration002 } from './002-tournament-results.ts';
import { migration003 } from './003-factory.ts';
import { migration004 } from './004-offers-in-negotiations.ts';
import type { Migration } from './migration.ts';

/** Every migration the code knows, in order; the last one's version is the current schema version. */
export const ALL_MIGRATIONS: readonly Migration[] = Object.freeze([
  migration001,
  migration002,
  migration003,
  migration004,
]);

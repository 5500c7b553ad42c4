import type { Migration } from './migration.ts';

/**
 * Tournament results: the ranking of competitor types and the pairwise tests between them, written when
 * a tournament's worlds are all played (league-rules.md §12.4). Units: docs/data-model.md.
 */
export const migration002: Migration = {
  version: 2,
  name: 'tournament-results',
  sql: `
CREATE TABLE tournament_rankings (
  tournament_id INTEGER NOT NULL REFERENCES tournaments (id) ON DELETE CASCADE,
  rank INTEGER NOT NULL,
  agent_type TEXT NOT NULL,
  n_worlds INTEGER NOT NULL,
  truncated_mean REAL,
  mean REAL,
  median REAL,
  std REAL,
  min REAL,
  max REAL,
  winner INTEGER NOT NULL CHECK (winner IN (0, 1)),
  PRIMARY KEY (tournament_id, agent_type)
) STRICT;

CREATE TABLE tournament_pairwise (
  tournament_id INTEGER NOT NULL REFERENCES tournaments (id) ON DELETE CASCADE,
  type_a TEXT NOT NULL,
  type_b TEXT NOT NULL,
  welch_t REAL,
  welch_p REAL,
  ks_d REAL,
  ks_p REAL,
  PRIMARY KEY (tournament_id, type_a, type_b)
) STRICT;
`,
};

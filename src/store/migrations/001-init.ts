import type { Migration } from './migration.ts';

/**
 * The first schema: league runs (OneShot and Std) and the tournament tables. Tables are STRICT, so a
 * value of the wrong type is an error instead of a silent conversion. Every table of a run carries
 * `run_id` and is deleted with its run. Units and meanings: docs/data-model.md.
 */
export const migration001: Migration = {
  version: 1,
  name: 'init',
  sql: `
CREATE TABLE tournaments (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  config_json TEXT NOT NULL,
  seed TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'running', 'done', 'failed')),
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  label TEXT NOT NULL DEFAULT '',
  world TEXT NOT NULL,
  seed TEXT NOT NULL,
  config_json TEXT NOT NULL,
  software_version TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed')),
  started_at TEXT NOT NULL,
  ended_at TEXT,
  n_steps INTEGER NOT NULL,
  days INTEGER NOT NULL DEFAULT 0,
  final_state_hash TEXT,
  log_offers INTEGER NOT NULL CHECK (log_offers IN (0, 1)),
  error TEXT,
  tournament_id INTEGER REFERENCES tournaments (id) ON DELETE SET NULL,
  world_key TEXT
) STRICT;
CREATE INDEX runs_by_tournament ON runs (tournament_id, world_key);
CREATE INDEX runs_by_world ON runs (world, status);

CREATE TABLE tournament_worlds (
  id INTEGER PRIMARY KEY,
  tournament_id INTEGER NOT NULL REFERENCES tournaments (id) ON DELETE CASCADE,
  world_key TEXT NOT NULL,
  config_index INTEGER NOT NULL,
  assignment_json TEXT NOT NULL,
  seed TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'running', 'done', 'failed')),
  run_id INTEGER REFERENCES runs (id) ON DELETE SET NULL,
  UNIQUE (tournament_id, world_key)
) STRICT;
CREATE INDEX tournament_worlds_by_run ON tournament_worlds (run_id);

CREATE TABLE agents (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  name TEXT NOT NULL,
  agent_type TEXT NOT NULL,
  level INTEGER NOT NULL,
  n_lines INTEGER NOT NULL,
  params_json TEXT NOT NULL DEFAULT '{}',
  initial_balance REAL NOT NULL,
  UNIQUE (run_id, name),
  UNIQUE (run_id, idx)
) STRICT;
CREATE INDEX agents_by_type ON agents (agent_type);

CREATE TABLE days (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  day INTEGER NOT NULL,
  state_hash TEXT NOT NULL,
  n_negotiations INTEGER NOT NULL,
  n_agreements INTEGER NOT NULL,
  n_negotiation_rounds INTEGER NOT NULL,
  n_contracts INTEGER NOT NULL,
  n_executed INTEGER NOT NULL,
  n_nullified INTEGER NOT NULL,
  n_breaches INTEGER NOT NULL,
  n_bankruptcies INTEGER NOT NULL,
  n_bankrupt INTEGER NOT NULL,
  n_faults INTEGER NOT NULL,
  activity_level REAL NOT NULL,
  UNIQUE (run_id, day)
) STRICT;

CREATE TABLE contracts (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  contract_id TEXT NOT NULL,
  seller TEXT NOT NULL,
  buyer TEXT NOT NULL,
  product INTEGER NOT NULL,
  quantity INTEGER NOT NULL,
  delivery_day INTEGER NOT NULL,
  unit_price REAL NOT NULL,
  signed_day INTEGER NOT NULL,
  exogenous INTEGER NOT NULL CHECK (exogenous IN (0, 1)),
  executed_day INTEGER,
  nullified_day INTEGER,
  UNIQUE (run_id, contract_id)
) STRICT;
CREATE INDEX contracts_by_delivery ON contracts (run_id, delivery_day);

CREATE TABLE negotiations (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  neg_id TEXT NOT NULL,
  day INTEGER NOT NULL,
  product INTEGER NOT NULL,
  seller TEXT NOT NULL,
  buyer TEXT NOT NULL,
  opener TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('agreement', 'broken', 'timedout', 'error')),
  rounds INTEGER NOT NULL,
  agreement_quantity INTEGER,
  agreement_delivery_day INTEGER,
  agreement_unit_price REAL,
  contract_id TEXT,
  UNIQUE (run_id, neg_id)
) STRICT;
CREATE INDEX negotiations_by_day ON negotiations (run_id, day);

-- Raw agent output is kept as given: an 'invalid' offer may hold any number, so the issues are REAL.
CREATE TABLE offers (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  negotiation_id INTEGER NOT NULL REFERENCES negotiations (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  round INTEGER NOT NULL,
  actor TEXT NOT NULL,
  kind TEXT NOT NULL,
  quantity REAL,
  delivery_day REAL,
  unit_price REAL,
  message TEXT,
  UNIQUE (negotiation_id, idx)
) STRICT;
CREATE INDEX offers_by_run ON offers (run_id);

CREATE TABLE agent_days (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  day INTEGER NOT NULL,
  agent TEXT NOT NULL,
  profit REAL NOT NULL,
  balance REAL NOT NULL,
  score REAL NOT NULL,
  bankrupt INTEGER NOT NULL CHECK (bankrupt IN (0, 1)),
  producible INTEGER NOT NULL,
  productivity REAL NOT NULL,
  input_quantity INTEGER NOT NULL,
  output_quantity INTEGER NOT NULL,
  revenue REAL NOT NULL,
  input_cost REAL NOT NULL,
  production_cost REAL NOT NULL,
  shortfall_quantity INTEGER NOT NULL,
  shortfall_penalty REAL NOT NULL,
  disposal_cost REAL NOT NULL,
  storage_cost REAL NOT NULL,
  excess_quantity INTEGER NOT NULL,
  inventory_input INTEGER NOT NULL,
  inventory_output INTEGER NOT NULL,
  UNIQUE (run_id, agent, day)
) STRICT;

CREATE TABLE product_days (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  day INTEGER NOT NULL,
  product INTEGER NOT NULL,
  trading_price REAL NOT NULL,
  sold_quantity INTEGER NOT NULL,
  average_unit_price REAL NOT NULL,
  exogenous_quantity INTEGER NOT NULL,
  exogenous_unit_price REAL NOT NULL,
  UNIQUE (run_id, product, day)
) STRICT;

CREATE TABLE breaches (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  day INTEGER NOT NULL,
  agent TEXT NOT NULL,
  level REAL NOT NULL
) STRICT;
CREATE INDEX breaches_by_run ON breaches (run_id, agent, day);

CREATE TABLE bankruptcies (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  day INTEGER NOT NULL,
  agent TEXT NOT NULL,
  balance REAL NOT NULL,
  nullified_contracts_json TEXT NOT NULL,
  UNIQUE (run_id, agent)
) STRICT;

CREATE TABLE financial_reports (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  day INTEGER NOT NULL,
  agent TEXT NOT NULL,
  cash REAL NOT NULL,
  assets REAL NOT NULL,
  breach_probability REAL NOT NULL,
  breach_level REAL NOT NULL,
  bankrupt INTEGER NOT NULL CHECK (bankrupt IN (0, 1)),
  UNIQUE (run_id, agent, day)
) STRICT;

CREATE TABLE faults (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  day INTEGER NOT NULL,
  agent TEXT NOT NULL,
  callback TEXT NOT NULL,
  kind TEXT NOT NULL,
  message TEXT NOT NULL
) STRICT;
CREATE INDEX faults_by_run ON faults (run_id, day);

CREATE TABLE scores (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  rank INTEGER NOT NULL,
  agent TEXT NOT NULL,
  agent_type TEXT NOT NULL,
  level INTEGER NOT NULL,
  score REAL NOT NULL,
  profit REAL NOT NULL,
  contracts INTEGER NOT NULL,
  negotiations INTEGER NOT NULL,
  agreements INTEGER NOT NULL,
  agreement_rate REAL NOT NULL,
  shortfall_quantity INTEGER NOT NULL,
  bankrupt INTEGER NOT NULL CHECK (bankrupt IN (0, 1)),
  faults INTEGER NOT NULL,
  UNIQUE (run_id, agent)
) STRICT;
CREATE INDEX scores_by_type ON scores (agent_type);
`,
};

import type { Migration } from './migration.ts';

/**
 * Tables of the 2020 factory world (league-rules.md §16, docs/factory-world.md): the conservation
 * ledger, production, spot purchases, interest and borrow charges, liquidations and compensations,
 * inventories and balances per day, breaches, executions and unsigned contracts. Runs, agents,
 * negotiations, offers, contracts, bankruptcies, financial reports, faults, scores and days use the
 * tables of migration 001 (runs.world = 'factory').
 */
export const migration003: Migration = {
  version: 3,
  name: 'factory',
  sql: `
CREATE TABLE factory_ledger (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  day INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('exogenous', 'transfer', 'production', 'spot-purchase', 'interest',
    'loan-charge', 'liquidation', 'compensation')),
  agent TEXT NOT NULL,
  product INTEGER NOT NULL,
  quantity INTEGER NOT NULL,
  money REAL NOT NULL,
  contract_id TEXT,
  counterparty TEXT NOT NULL,
  UNIQUE (run_id, day, seq)
) STRICT;
CREATE INDEX factory_ledger_by_agent ON factory_ledger (run_id, agent, day);

CREATE TABLE factory_agent_days (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  day INTEGER NOT NULL,
  agent TEXT NOT NULL,
  balance REAL NOT NULL,
  inventory_value REAL NOT NULL,
  score REAL NOT NULL,
  bankrupt INTEGER NOT NULL CHECK (bankrupt IN (0, 1)),
  UNIQUE (run_id, agent, day)
) STRICT;

CREATE TABLE factory_inventories (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  day INTEGER NOT NULL,
  agent TEXT NOT NULL,
  product INTEGER NOT NULL,
  quantity INTEGER NOT NULL,
  UNIQUE (run_id, agent, day, product)
) STRICT;

CREATE TABLE factory_product_days (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  day INTEGER NOT NULL,
  product INTEGER NOT NULL,
  trading_price REAL NOT NULL,
  traded_quantity INTEGER NOT NULL,
  average_unit_price REAL NOT NULL,
  UNIQUE (run_id, product, day)
) STRICT;

CREATE TABLE factory_production (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  day INTEGER NOT NULL,
  agent TEXT NOT NULL,
  process INTEGER NOT NULL,
  scheduled INTEGER NOT NULL,
  runs INTEGER NOT NULL,
  consumed INTEGER NOT NULL,
  produced INTEGER NOT NULL,
  cost REAL NOT NULL,
  failed_money INTEGER NOT NULL,
  failed_inventory INTEGER NOT NULL,
  UNIQUE (run_id, agent, day)
) STRICT;

CREATE TABLE factory_executions (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  day INTEGER NOT NULL,
  contract_id TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('executed', 'partial', 'failed', 'skipped')),
  quantity INTEGER NOT NULL,
  money REAL NOT NULL,
  missing_product INTEGER NOT NULL,
  missing_money REAL NOT NULL,
  UNIQUE (run_id, contract_id)
) STRICT;

CREATE TABLE factory_breaches (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  day INTEGER NOT NULL,
  contract_id TEXT NOT NULL,
  perpetrator TEXT NOT NULL,
  victim TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('product', 'money')),
  level REAL NOT NULL
) STRICT;
CREATE INDEX factory_breaches_by_run ON factory_breaches (run_id, day);

CREATE TABLE factory_spot_purchases (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  day INTEGER NOT NULL,
  agent TEXT NOT NULL,
  product INTEGER NOT NULL,
  quantity INTEGER NOT NULL,
  unit_price REAL NOT NULL,
  contract_id TEXT NOT NULL,
  bought INTEGER NOT NULL CHECK (bought IN (0, 1))
) STRICT;
CREATE INDEX factory_spot_purchases_by_run ON factory_spot_purchases (run_id, agent, day);

CREATE TABLE factory_loans (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  day INTEGER NOT NULL,
  agent TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('interest', 'loan-charge')),
  balance_before REAL NOT NULL,
  amount REAL NOT NULL,
  contract_id TEXT,
  paid INTEGER NOT NULL CHECK (paid IN (0, 1))
) STRICT;
CREATE INDEX factory_loans_by_run ON factory_loans (run_id, agent, day);

CREATE TABLE factory_liquidations (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  day INTEGER NOT NULL,
  agent TEXT NOT NULL,
  cause TEXT NOT NULL,
  required REAL NOT NULL,
  value REAL NOT NULL,
  paid REAL NOT NULL,
  pool REAL NOT NULL,
  UNIQUE (run_id, agent)
) STRICT;

CREATE TABLE factory_compensations (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  day INTEGER NOT NULL,
  bankrupt TEXT NOT NULL,
  victim TEXT NOT NULL,
  contract_id TEXT NOT NULL,
  quantity INTEGER NOT NULL,
  new_quantity INTEGER NOT NULL,
  unit_price REAL NOT NULL,
  money REAL NOT NULL,
  paid INTEGER NOT NULL CHECK (paid IN (0, 1)),
  UNIQUE (run_id, contract_id)
) STRICT;

CREATE TABLE factory_cancelled_contracts (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  day INTEGER NOT NULL,
  contract_id TEXT NOT NULL,
  seller TEXT NOT NULL,
  buyer TEXT NOT NULL,
  product INTEGER NOT NULL,
  quantity INTEGER NOT NULL,
  delivery_day INTEGER NOT NULL,
  unit_price REAL NOT NULL,
  exogenous INTEGER NOT NULL CHECK (exogenous IN (0, 1)),
  reason TEXT NOT NULL CHECK (reason IN ('bankrupt-partner', 'after-last-day', 'refused', 'invalid')),
  rejectors_json TEXT NOT NULL,
  UNIQUE (run_id, contract_id)
) STRICT;
`,
};

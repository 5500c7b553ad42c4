import { cachedStatement } from './cached-statement.ts';
import type { Db } from './open-db.ts';
import { RowBatch } from './row-batch.ts';

/** Column order of the rows each batch takes: push values in exactly this order. */
const COLUMNS = {
  agents: ['run_id', 'idx', 'name', 'agent_type', 'level', 'n_lines', 'params_json', 'initial_balance'],
  contracts: [
    'run_id',
    'contract_id',
    'seller',
    'buyer',
    'product',
    'quantity',
    'delivery_day',
    'unit_price',
    'signed_day',
    'exogenous',
  ],
  negotiations: [
    'run_id',
    'neg_id',
    'day',
    'product',
    'seller',
    'buyer',
    'opener',
    'status',
    'rounds',
    'agreement_quantity',
    'agreement_delivery_day',
    'agreement_unit_price',
    'contract_id',
    'offers_json',
  ],
  agentDays: [
    'run_id',
    'day',
    'agent',
    'profit',
    'balance',
    'score',
    'bankrupt',
    'producible',
    'productivity',
    'input_quantity',
    'output_quantity',
    'revenue',
    'input_cost',
    'production_cost',
    'shortfall_quantity',
    'shortfall_penalty',
    'disposal_cost',
    'storage_cost',
    'excess_quantity',
    'inventory_input',
    'inventory_output',
  ],
  productDays: [
    'run_id',
    'day',
    'product',
    'trading_price',
    'sold_quantity',
    'average_unit_price',
    'exogenous_quantity',
    'exogenous_unit_price',
  ],
  breaches: ['run_id', 'day', 'agent', 'level'],
  bankruptcies: ['run_id', 'day', 'agent', 'balance', 'nullified_contracts_json'],
  reports: ['run_id', 'day', 'agent', 'cash', 'assets', 'breach_probability', 'breach_level', 'bankrupt'],
  faults: ['run_id', 'day', 'agent', 'callback', 'kind', 'message'],
  scores: [
    'run_id',
    'rank',
    'agent',
    'agent_type',
    'level',
    'score',
    'profit',
    'contracts',
    'negotiations',
    'agreements',
    'agreement_rate',
    'shortfall_quantity',
    'bankrupt',
    'faults',
  ],
} as const;

type RunParams = [
  label: string,
  world: string,
  seed: string,
  configJson: string,
  softwareVersion: string,
  startedAt: string,
  nSteps: number,
  logOffers: number,
  tournamentId: number | null,
  worldKey: string | null,
];
type DayParams = [
  runId: number,
  day: number,
  stateHash: string,
  nNegotiations: number,
  nAgreements: number,
  nNegotiationRounds: number,
  nContracts: number,
  nExecuted: number,
  nNullified: number,
  nBreaches: number,
  nBankruptcies: number,
  nBankrupt: number,
  nFaults: number,
  activityLevel: number,
];

/**
 * What `SqliteSink` writes with: single-row statements bound positionally, and one `RowBatch` (multi-row
 * INSERTs) per table that takes many rows. Named parameters cost the sink more than SQLite's own work
 * (issue #7). Statements are prepared once per connection, so a tournament's many sinks share them
 * (style.md §6.12); the batches hold one sink's pending rows.
 */
export function leagueSinkWriter(db: Db) {
  const c = COLUMNS;
  return {
    insertRun: cachedStatement<RunParams, never>(
      db,
      `INSERT INTO runs (label, world, seed, config_json, software_version, status, started_at, n_steps, log_offers, tournament_id, world_key)
       VALUES (?, ?, ?, ?, ?, 'running', ?, ?, ?, ?, ?)`,
    ),
    insertDay: cachedStatement<DayParams, never>(
      db,
      `INSERT INTO days (run_id, day, state_hash, n_negotiations, n_agreements, n_negotiation_rounds, n_contracts, n_executed,
         n_nullified, n_breaches, n_bankruptcies, n_bankrupt, n_faults, activity_level)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    /**
     * Marks executed, in one statement, what the world executes on a day (league-world.ts, execution):
     * the factory contracts due that day, not nullified before it, with at least one unit. Run it before
     * the day's nullifications.
     */
    markExecutedOnDay: cachedStatement<[day: number, runId: number, deliveryDay: number], never>(
      db,
      `UPDATE contracts SET executed_day = ?
       WHERE run_id = ? AND delivery_day = ? AND nullified_day IS NULL AND exogenous = 0 AND quantity >= 1`,
    ),
    /** Undoes `markExecutedOnDay` (a contract executes only on its delivery day). */
    clearExecutedOnDay: cachedStatement<[runId: number, deliveryDay: number], never>(
      db,
      'UPDATE contracts SET executed_day = NULL WHERE run_id = ? AND delivery_day = ? AND executed_day = delivery_day',
    ),
    markExecuted: cachedStatement<[day: number, runId: number, contractId: string], never>(
      db,
      'UPDATE contracts SET executed_day = ? WHERE run_id = ? AND contract_id = ?',
    ),
    markNullified: cachedStatement<[day: number, runId: number, contractId: string], never>(
      db,
      'UPDATE contracts SET nullified_day = ? WHERE run_id = ? AND contract_id = ? AND nullified_day IS NULL',
    ),
    setDays: cachedStatement<[days: number, runId: number], never>(
      db,
      'UPDATE runs SET days = ? WHERE id = ?',
    ),
    finishRun: cachedStatement<[endedAt: string, days: number, finalStateHash: string, runId: number], never>(
      db,
      `UPDATE runs SET status = 'done', ended_at = ?, days = ?, final_state_hash = ? WHERE id = ?`,
    ),
    failRun: cachedStatement<[endedAt: string, error: string, runId: number], never>(
      db,
      `UPDATE runs SET status = 'failed', ended_at = ?, error = ? WHERE id = ? AND status = 'running'`,
    ),
    agents: new RowBatch(db, 'agents', c.agents),
    contracts: new RowBatch(db, 'contracts', c.contracts),
    negotiations: new RowBatch(db, 'negotiations', c.negotiations),
    agentDays: new RowBatch(db, 'agent_days', c.agentDays),
    productDays: new RowBatch(db, 'product_days', c.productDays),
    breaches: new RowBatch(db, 'breaches', c.breaches),
    bankruptcies: new RowBatch(db, 'bankruptcies', c.bankruptcies),
    reports: new RowBatch(db, 'financial_reports', c.reports),
    faults: new RowBatch(db, 'faults', c.faults),
    scores: new RowBatch(db, 'scores', c.scores),
  };
}

/** The statements and batches of one `SqliteSink`. */
export type LeagueSinkWriter = ReturnType<typeof leagueSinkWriter>;

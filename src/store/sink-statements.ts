import type { Db } from './open-db.ts';

/** Named parameters of the sink's statements; booleans are bound as 0/1, absent values as null. */
interface RunRow {
  label: string;
  world: string;
  seed: string;
  configJson: string;
  softwareVersion: string;
  startedAt: string;
  nSteps: number;
  logOffers: number;
  tournamentId: number | null;
  worldKey: string | null;
}
interface AgentRow {
  runId: number;
  idx: number;
  name: string;
  agentType: string;
  level: number;
  nLines: number;
  paramsJson: string;
  initialBalance: number;
}
interface DayRow {
  runId: number;
  day: number;
  stateHash: string;
  nNegotiations: number;
  nAgreements: number;
  nNegotiationRounds: number;
  nContracts: number;
  nExecuted: number;
  nNullified: number;
  nBreaches: number;
  nBankruptcies: number;
  nBankrupt: number;
  nFaults: number;
  activityLevel: number;
}
interface ContractRow {
  runId: number;
  contractId: string;
  seller: string;
  buyer: string;
  product: number;
  quantity: number;
  deliveryDay: number;
  unitPrice: number;
  signedDay: number;
  exogenous: number;
}
interface NegotiationRow {
  runId: number;
  negId: string;
  day: number;
  product: number;
  seller: string;
  buyer: string;
  opener: string;
  status: string;
  rounds: number;
  quantity: number | null;
  deliveryDay: number | null;
  unitPrice: number | null;
  contractId: string | null;
  offersJson: string | null;
}
interface AgentDayRow {
  runId: number;
  day: number;
  agent: string;
  profit: number;
  balance: number;
  score: number;
  bankrupt: number;
  producible: number;
  productivity: number;
  inputQuantity: number;
  outputQuantity: number;
  revenue: number;
  inputCost: number;
  productionCost: number;
  shortfallQuantity: number;
  shortfallPenalty: number;
  disposalCost: number;
  storageCost: number;
  excessQuantity: number;
  inventoryInput: number;
  inventoryOutput: number;
}
interface ProductDayRow {
  runId: number;
  day: number;
  product: number;
  tradingPrice: number;
  soldQuantity: number;
  averageUnitPrice: number;
  exogenousQuantity: number;
  exogenousUnitPrice: number;
}
interface ScoreRow {
  runId: number;
  rank: number;
  agent: string;
  agentType: string;
  level: number;
  score: number;
  profit: number;
  contracts: number;
  negotiations: number;
  agreements: number;
  agreementRate: number;
  shortfallQuantity: number;
  bankrupt: number;
  faults: number;
}

/**
 * The run statements with named parameters, prepared once per sink (style.md §6.12). `FactorySqliteSink`
 * writes through them; `SqliteSink` uses the positional, batched `leagueSinkWriter` instead.
 */
export function sinkStatements(db: Db) {
  return {
    insertRun: db.prepare<RunRow>(
      `INSERT INTO runs (label, world, seed, config_json, software_version, status, started_at, n_steps, log_offers, tournament_id, world_key)
       VALUES (@label, @world, @seed, @configJson, @softwareVersion, 'running', @startedAt, @nSteps, @logOffers, @tournamentId, @worldKey)`,
    ),
    insertAgent: db.prepare<AgentRow>(
      `INSERT INTO agents (run_id, idx, name, agent_type, level, n_lines, params_json, initial_balance)
       VALUES (@runId, @idx, @name, @agentType, @level, @nLines, @paramsJson, @initialBalance)`,
    ),
    insertDay: db.prepare<DayRow>(
      `INSERT INTO days (run_id, day, state_hash, n_negotiations, n_agreements, n_negotiation_rounds, n_contracts, n_executed,
         n_nullified, n_breaches, n_bankruptcies, n_bankrupt, n_faults, activity_level)
       VALUES (@runId, @day, @stateHash, @nNegotiations, @nAgreements, @nNegotiationRounds, @nContracts, @nExecuted,
         @nNullified, @nBreaches, @nBankruptcies, @nBankrupt, @nFaults, @activityLevel)`,
    ),
    insertContract: db.prepare<ContractRow>(
      `INSERT INTO contracts (run_id, contract_id, seller, buyer, product, quantity, delivery_day, unit_price, signed_day, exogenous)
       VALUES (@runId, @contractId, @seller, @buyer, @product, @quantity, @deliveryDay, @unitPrice, @signedDay, @exogenous)`,
    ),
    markExecuted: db.prepare<{ runId: number; contractId: string; day: number }>(
      'UPDATE contracts SET executed_day = @day WHERE run_id = @runId AND contract_id = @contractId',
    ),
    markNullified: db.prepare<{ runId: number; contractId: string; day: number }>(
      'UPDATE contracts SET nullified_day = @day WHERE run_id = @runId AND contract_id = @contractId AND nullified_day IS NULL',
    ),
    insertNegotiation: db.prepare<NegotiationRow>(
      `INSERT INTO negotiations (run_id, neg_id, day, product, seller, buyer, opener, status, rounds,
         agreement_quantity, agreement_delivery_day, agreement_unit_price, contract_id, offers_json)
       VALUES (@runId, @negId, @day, @product, @seller, @buyer, @opener, @status, @rounds,
         @quantity, @deliveryDay, @unitPrice, @contractId, @offersJson)`,
    ),
    insertAgentDay: db.prepare<AgentDayRow>(
      `INSERT INTO agent_days (run_id, day, agent, profit, balance, score, bankrupt, producible, productivity, input_quantity,
         output_quantity, revenue, input_cost, production_cost, shortfall_quantity, shortfall_penalty, disposal_cost,
         storage_cost, excess_quantity, inventory_input, inventory_output)
       VALUES (@runId, @day, @agent, @profit, @balance, @score, @bankrupt, @producible, @productivity, @inputQuantity,
         @outputQuantity, @revenue, @inputCost, @productionCost, @shortfallQuantity, @shortfallPenalty, @disposalCost,
         @storageCost, @excessQuantity, @inventoryInput, @inventoryOutput)`,
    ),
    insertProductDay: db.prepare<ProductDayRow>(
      `INSERT INTO product_days (run_id, day, product, trading_price, sold_quantity, average_unit_price, exogenous_quantity, exogenous_unit_price)
       VALUES (@runId, @day, @product, @tradingPrice, @soldQuantity, @averageUnitPrice, @exogenousQuantity, @exogenousUnitPrice)`,
    ),
    insertBreach: db.prepare<{ runId: number; day: number; agent: string; level: number }>(
      'INSERT INTO breaches (run_id, day, agent, level) VALUES (@runId, @day, @agent, @level)',
    ),
    insertBankruptcy: db.prepare<{
      runId: number;
      day: number;
      agent: string;
      balance: number;
      nullifiedJson: string;
    }>(
      `INSERT INTO bankruptcies (run_id, day, agent, balance, nullified_contracts_json)
       VALUES (@runId, @day, @agent, @balance, @nullifiedJson)`,
    ),
    insertReport: db.prepare<{
      runId: number;
      day: number;
      agent: string;
      cash: number;
      assets: number;
      breachProbability: number;
      breachLevel: number;
      bankrupt: number;
    }>(
      `INSERT INTO financial_reports (run_id, day, agent, cash, assets, breach_probability, breach_level, bankrupt)
       VALUES (@runId, @day, @agent, @cash, @assets, @breachProbability, @breachLevel, @bankrupt)`,
    ),
    insertFault: db.prepare<{
      runId: number;
      day: number;
      agent: string;
      callback: string;
      kind: string;
      message: string;
    }>(
      'INSERT INTO faults (run_id, day, agent, callback, kind, message) VALUES (@runId, @day, @agent, @callback, @kind, @message)',
    ),
    setDays: db.prepare<{ runId: number; days: number }>('UPDATE runs SET days = @days WHERE id = @runId'),
    insertScore: db.prepare<ScoreRow>(
      `INSERT INTO scores (run_id, rank, agent, agent_type, level, score, profit, contracts, negotiations, agreements,
         agreement_rate, shortfall_quantity, bankrupt, faults)
       VALUES (@runId, @rank, @agent, @agentType, @level, @score, @profit, @contracts, @negotiations, @agreements,
         @agreementRate, @shortfallQuantity, @bankrupt, @faults)`,
    ),
    finishRun: db.prepare<{ runId: number; endedAt: string; days: number; finalStateHash: string }>(
      `UPDATE runs SET status = 'done', ended_at = @endedAt, days = @days, final_state_hash = @finalStateHash WHERE id = @runId`,
    ),
    failRun: db.prepare<{ runId: number; endedAt: string; error: string }>(
      `UPDATE runs SET status = 'failed', ended_at = @endedAt, error = @error WHERE id = @runId AND status = 'running'`,
    ),
  };
}

/** The prepared statements of one sink. */
export type SinkStatements = ReturnType<typeof sinkStatements>;

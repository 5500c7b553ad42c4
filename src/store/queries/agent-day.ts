import type { AgentDayRecord } from '../../../worlds/base/league-records.ts';
import { cachedStatement } from '../cached-statement.ts';
import type { Db } from '../open-db.ts';

/** One factory's statistics on one day. */
export interface StoredAgentDay extends AgentDayRecord {
  readonly day: number;
}

/** The row as SQLite returns it (booleans as 0/1). */
export type AgentDayRow = Omit<StoredAgentDay, 'bankrupt'> & { readonly bankrupt: number };

/** The agent_days columns under their record names (shared with agentSeries). */
export const AGENT_DAY_COLUMNS = `d.day, d.agent, d.profit, d.balance, d.score, d.bankrupt, d.producible, d.productivity,
  d.input_quantity AS inputQuantity, d.output_quantity AS outputQuantity, d.revenue, d.input_cost AS inputCost,
  d.production_cost AS productionCost, d.shortfall_quantity AS shortfallQuantity, d.shortfall_penalty AS shortfallPenalty,
  d.disposal_cost AS disposalCost, d.storage_cost AS storageCost, d.excess_quantity AS excessQuantity,
  d.inventory_input AS inventoryInput, d.inventory_output AS inventoryOutput`;

const SQL = `SELECT ${AGENT_DAY_COLUMNS} FROM agent_days d WHERE d.run_id = @runId AND d.agent = @agent AND d.day = @day`;

/** A factory's statistics on one day, or null if that day (or factory) was not written. */
export function agentDay(
  db: Db,
  key: { readonly runId: number; readonly agent: string; readonly day: number },
): StoredAgentDay | null {
  const row = cachedStatement<{ runId: number; agent: string; day: number }, AgentDayRow>(db, SQL).get({
    runId: key.runId,
    agent: key.agent,
    day: key.day,
  });
  return row === undefined ? null : { ...row, bankrupt: row.bankrupt === 1 };
}

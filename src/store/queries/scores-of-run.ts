import type { AgentResult } from '../../../worlds/base/run-league-world.ts';
import { cachedStatement } from '../cached-statement.ts';
import type { Db } from '../open-db.ts';

/** A factory's final result with its rank in the run (1 = best). */
export interface StoredScore extends AgentResult {
  readonly rank: number;
}

const SQL = `
SELECT rank, agent, agent_type AS agentType, level, score, profit, contracts, negotiations, agreements,
  agreement_rate AS agreementRate, shortfall_quantity AS shortfallQuantity, bankrupt, faults
FROM scores WHERE run_id = ? ORDER BY rank`;

/** The ranked results of a finished run, best first (empty until the run has ended). */
export function scoresOfRun(db: Db, runId: number): StoredScore[] {
  return cachedStatement<[number], Omit<StoredScore, 'bankrupt'> & { bankrupt: number }>(db, SQL)
    .all(runId)
    .map((r) => ({ ...r, bankrupt: r.bankrupt === 1 }));
}

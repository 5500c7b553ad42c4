import { cachedStatement } from '../cached-statement.ts';
import type { Db } from '../open-db.ts';

/** A factory of a run as the `agents` table describes it. */
export interface StoredAgent {
  readonly idx: number;
  readonly name: string;
  readonly agentType: string;
  readonly level: number;
  readonly nLines: number;
  readonly initialBalance: number;
}

const SQL = `
SELECT idx, name, agent_type AS agentType, level, n_lines AS nLines, initial_balance AS initialBalance
FROM agents WHERE run_id = ? ORDER BY idx`;

/** The factories of a run in world order. */
export function agentsOfRun(db: Db, runId: number): StoredAgent[] {
  return cachedStatement<[number], StoredAgent>(db, SQL).all(runId);
}

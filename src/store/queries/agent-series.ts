import { cachedStatement } from '../cached-statement.ts';
import type { Db } from '../open-db.ts';
import { AGENT_DAY_COLUMNS, type AgentDayRow, type StoredAgentDay } from './agent-day.ts';

const SQL = `
SELECT ${AGENT_DAY_COLUMNS}
FROM agent_days d JOIN agents a ON a.run_id = d.run_id AND a.name = d.agent
WHERE d.run_id = @runId AND (@agent IS NULL OR d.agent = @agent)
ORDER BY a.idx, d.day`;

/** Every factory's day-by-day statistics (or one factory's), in world order then by day. */
export function agentSeries(
  db: Db,
  runId: number,
  options: { readonly agent?: string } = {},
): StoredAgentDay[] {
  return cachedStatement<{ runId: number; agent: string | null }, AgentDayRow>(db, SQL)
    .all({ runId, agent: options.agent ?? null })
    .map((r) => ({ ...r, bankrupt: r.bankrupt === 1 }));
}

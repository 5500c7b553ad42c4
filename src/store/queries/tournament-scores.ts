import { cachedStatement } from '../cached-statement.ts';
import type { Db } from '../open-db.ts';

/** One factory's final score in one finished world of a tournament. */
export interface TournamentScore {
  readonly runId: number;
  /** The tournament world the run played (`runs.world_key`), or null. */
  readonly worldKey: string | null;
  readonly agent: string;
  readonly agentType: string;
  readonly score: number;
}

const SQL = `
SELECT s.run_id AS runId, r.world_key AS worldKey, s.agent, s.agent_type AS agentType, s.score
FROM scores s JOIN runs r ON r.id = s.run_id
WHERE r.tournament_id = ? AND r.status = 'done'
ORDER BY s.run_id, s.rank`;

/** Every factory score of the finished runs of a tournament, by run then rank. */
export function tournamentScores(db: Db, tournamentId: number): TournamentScore[] {
  return cachedStatement<[number], TournamentScore>(db, SQL).all(tournamentId);
}

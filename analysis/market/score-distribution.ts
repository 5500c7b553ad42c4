import type { Db } from '../../src/store/open-db.ts';
import { scoresOfRun } from '../../src/store/queries/scores-of-run.ts';
import { type ScoreSummary, describeScores } from '../ranking/describe-scores.ts';

/** One factory's final score. */
export interface ScorePoint {
  readonly runId: number;
  readonly agent: string;
  readonly agentType: string;
  readonly level: number;
  readonly score: number;
}

/** The scores of one agent type and their statistics. */
export interface TypeScores extends ScoreSummary {
  readonly agentType: string;
}

/** Every factory's final score over `runIds`, and per agent type the statistics, best mean first. */
export function scoreDistribution(
  db: Db,
  runIds: readonly number[],
): { readonly scores: ScorePoint[]; readonly byType: TypeScores[] } {
  const scores = runIds.flatMap((runId) =>
    scoresOfRun(db, runId).map((s) => ({
      runId,
      agent: s.agent,
      agentType: s.agentType,
      level: s.level,
      score: s.score,
    })),
  );
  const types = [...new Set(scores.map((s) => s.agentType))];
  const byType = types
    .map((agentType) => ({
      agentType,
      ...describeScores(scores.filter((s) => s.agentType === agentType).map((s) => s.score)),
    }))
    .sort((a, b) => b.mean - a.mean || (a.agentType < b.agentType ? -1 : a.agentType > b.agentType ? 1 : 0));
  return { scores, byType };
}

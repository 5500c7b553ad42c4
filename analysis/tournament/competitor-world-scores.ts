import type { CompetitorScore } from '../ranking/rank-competitors.ts';

/** A factory's final score in one world. */
export interface FactoryScore {
  readonly runId: number;
  /** The factory's name: tournament fillers are named `_df_<level>_<j>` (league-rules.md §12.2) and never scored. */
  readonly agent?: string;
  readonly agentType: string;
  readonly score: number;
}

const FILLER_PREFIX = '_df_';

/**
 * One score per competitor type and world: the scores of the type's factories in that world summed
 * (league-rules.md §12.4). `competitors` null keeps every type; types not listed are dropped.
 */
export function competitorWorldScores(
  scores: readonly FactoryScore[],
  competitors: readonly string[] | null,
): CompetitorScore[] {
  const keep = competitors === null ? null : new Set(competitors);
  const byWorld = new Map<string, { agentType: string; score: number }>();
  for (const s of scores) {
    if (keep !== null && !keep.has(s.agentType)) continue;
    if (s.agent?.startsWith(FILLER_PREFIX)) continue; // a competitor type also drawn as a filler
    const key = `${s.runId}\u0000${s.agentType}`;
    const entry = byWorld.get(key);
    if (entry === undefined) byWorld.set(key, { agentType: s.agentType, score: s.score });
    else entry.score += s.score;
  }
  return [...byWorld.values()];
}

import type { Db } from '../../src/store/open-db.ts';
import { tournamentScores } from '../../src/store/queries/tournament-scores.ts';
import { type Ranking, rankCompetitors } from '../ranking/rank-competitors.ts';
import { competitorWorldScores } from './competitor-world-scores.ts';

/** A tournament's ranking with how much it rests on. */
export interface TournamentRanking extends Ranking {
  readonly tournamentId: number;
  /** Finished worlds whose scores were used. */
  readonly worlds: number;
  /** The competitor types ranked, or null when every agent type was. */
  readonly competitors: readonly string[] | null;
}

/**
 * Ranks the competitor types of a tournament by the truncated mean of their world scores over its
 * finished runs (league-rules.md §12.4), with Welch and KS tests between every pair.
 */
export function rankTournament(
  db: Db,
  tournamentId: number,
  options: { readonly competitors?: readonly string[] | null } = {},
): TournamentRanking {
  const competitors = options.competitors ?? null;
  const scores = tournamentScores(db, tournamentId);
  const worlds = new Set(scores.map((s) => s.runId)).size;
  return {
    ...rankCompetitors(competitorWorldScores(scores, competitors)),
    tournamentId,
    worlds,
    competitors,
  };
}

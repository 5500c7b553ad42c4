import { describeScores } from './describe-scores.ts';
import type { ScoreSummary } from './describe-scores.ts';
import { ksTwoSample } from './ks-two-sample.ts';
import type { TruncatedMeanOptions } from './truncated-mean.ts';
import { welchTTest } from './welch-t-test.ts';

/** One competitor's score in one world (several agents of a type in a world already summed, §12.4). */
export interface CompetitorScore {
  readonly agentType: string;
  readonly score: number;
}

/** One ranked competitor type and the statistics of its world scores. */
export interface CompetitorRow extends ScoreSummary {
  readonly agentType: string;
}

/** Welch t-test and KS test between the world scores of two types; a ranks above b. */
export interface PairwiseComparison {
  readonly a: string;
  readonly b: string;
  readonly welchP: number;
  readonly ksP: number;
  /** Welch t of a against b (positive when a's mean is higher). */
  readonly t: number;
  /** KS statistic D. */
  readonly d: number;
}

export interface Ranking {
  /** Sorted by truncated mean, highest first; ties (and NaN, last) by agent type name. */
  readonly rows: readonly CompetitorRow[];
  /** Every unordered pair of types once, in row order. */
  readonly pairwise: readonly PairwiseComparison[];
  /** Types whose truncated mean equals the maximum exactly (league-rules.md §12.4). */
  readonly winners: readonly string[];
}

/**
 * Ranks competitor types by the truncated mean of their world scores (league-rules.md §12.4), with
 * summary statistics per type and, for every pair of types, a Welch t-test and a two-sample KS test
 * (reported only; the ranking uses the truncated mean alone). NaN scores are dropped. `options`
 * sets the truncation fences.
 *
 * @example
 * rankCompetitors([{ agentType: 'x', score: 1.1 }, { agentType: 'y', score: 0.9 }]).winners; // ['x']
 */
export function rankCompetitors(
  scores: readonly CompetitorScore[],
  options: TruncatedMeanOptions = {},
): Ranking {
  const byType = new Map<string, number[]>();
  for (const { agentType, score } of scores) {
    const list = byType.get(agentType) ?? [];
    if (!Number.isNaN(score)) list.push(score);
    byType.set(agentType, list);
  }
  const rows = [...byType].map(([agentType, list]) => ({ agentType, ...describeScores(list, options) }));
  rows.sort(compareRows);
  const pairwise: PairwiseComparison[] = [];
  for (const [k, first] of rows.entries()) {
    const a = byType.get(first.agentType) ?? [];
    for (const second of rows.slice(k + 1)) {
      const b = byType.get(second.agentType) ?? [];
      const welch = welchTTest(a, b);
      const ks = ksTwoSample(a, b);
      pairwise.push({
        a: first.agentType,
        b: second.agentType,
        welchP: welch.p,
        ksP: ks.p,
        t: welch.t,
        d: ks.d,
      });
    }
  }
  const best = Math.max(...rows.map((r) => r.truncatedMean).filter((m) => !Number.isNaN(m)));
  const winners = rows.filter((r) => r.truncatedMean === best).map((r) => r.agentType);
  return { rows, pairwise, winners };
}

function compareRows(x: CompetitorRow, y: CompetitorRow): number {
  const xNaN = Number.isNaN(x.truncatedMean);
  const yNaN = Number.isNaN(y.truncatedMean);
  if (xNaN !== yNaN) return xNaN ? 1 : -1;
  if (!xNaN && x.truncatedMean !== y.truncatedMean) return y.truncatedMean - x.truncatedMean;
  // Code-unit order, not locale order, so the ranking is the same on every machine.
  return x.agentType < y.agentType ? -1 : x.agentType > y.agentType ? 1 : 0;
}

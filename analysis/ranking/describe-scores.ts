import { quantileSorted } from './quantile-sorted.ts';
import { sortedMean } from './sorted-mean.ts';
import { truncatedMean } from './truncated-mean.ts';
import type { TruncatedMeanOptions } from './truncated-mean.ts';

/** Summary statistics of one competitor's world scores. */
export interface ScoreSummary {
  /** Scores used: NaN scores are ignored by every statistic, as NegMAS's truncated mean ignores them. */
  readonly count: number;
  readonly mean: number;
  readonly median: number;
  /** Sample standard deviation (ddof = 1, like pandas and `np.std(ddof=1)`); NaN when count < 2. */
  readonly std: number;
  readonly min: number;
  readonly max: number;
  /** The league's total score (league-rules.md §12.4). */
  readonly truncatedMean: number;
}

/**
 * Count, mean, median, sample standard deviation, min, max and truncated mean of some scores. With
 * no scores every statistic is NaN; with one score std is NaN (a spread is undefined, not zero),
 * consistently with the Welch test, which needs two scores per side.
 *
 * @example
 * describeScores([1, 2, 3]); // { count: 3, mean: 2, median: 2, std: 1, min: 1, max: 3, truncatedMean: 2 }
 */
export function describeScores(scores: readonly number[], options: TruncatedMeanOptions = {}): ScoreSummary {
  const sorted = scores.filter((s) => !Number.isNaN(s)).sort((a, b) => a - b);
  const count = sorted.length;
  const mean = sortedMean(sorted);
  return {
    count,
    mean,
    median: quantileSorted(sorted, 0.5),
    std: sampleStd(sorted, mean),
    min: sorted[0] ?? NaN,
    max: sorted[count - 1] ?? NaN,
    truncatedMean: truncatedMean(sorted, options),
  };
}

// Two-pass: squared deviations from the already accurate mean.
function sampleStd(values: readonly number[], mean: number): number {
  if (values.length < 2) return NaN;
  let squares = 0;
  for (const x of values) squares += (x - mean) ** 2;
  return Math.sqrt(squares / (values.length - 1));
}

import { quantileSorted } from './quantile-sorted.ts';
import { sortedMean } from './sorted-mean.ts';

/** Fence multipliers of the "tukey" base: scores outside [Q1 − bottom·IQR, Q3 + top·IQR] are dropped. */
export interface TruncatedMeanOptions {
  /** IQR multiple above Q3; Infinity keeps every high score. Default 2 (league-rules.md §12.4). */
  readonly top?: number;
  /** IQR multiple below Q1; Infinity keeps every low score. Default Infinity (no lower trimming). */
  readonly bottom?: number;
}

/**
 * NegMAS `truncated_mean` with base "tukey" (league-rules.md §12.4): drop NaN scores, keep scores
 * inside the inclusive fences [Q1 − bottom·IQR, Q3 + top·IQR], return their plain mean. Quartiles
 * use linear interpolation (numpy's default). One score gives itself; no scores give NaN; crossed
 * fences (negative limits) or nothing kept also give NaN, as in NegMAS.
 *
 * @example
 * truncatedMean([1, 1, 1, 1, 10]); // 1: IQR = 0, so the fence is 1 and 10 is dropped
 */
export function truncatedMean(scores: readonly number[], options: TruncatedMeanOptions = {}): number {
  const { top = 2, bottom = Infinity } = options;
  const sorted = scores.filter((s) => !Number.isNaN(s)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const q1 = quantileSorted(sorted, 0.25);
  const q3 = quantileSorted(sorted, 0.75);
  const iqr = q3 - q1;
  // An infinite limit is an infinite fence even when IQR = 0 (NegMAS avoids inf · 0 = NaN the same way).
  const low = Number.isFinite(bottom) ? q1 - bottom * iqr : q1 - bottom;
  const high = Number.isFinite(top) ? q3 + top * iqr : q3 + top;
  if (high < low) return NaN;
  const kept = sorted.filter((s) => s >= low && s <= high);
  return sortedMean(kept);
}

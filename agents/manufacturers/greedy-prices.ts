// league-rules.md §15.1 GreedyOneShotAgent "Threshold", "Price range", "Good price", "Acceptable price"
// (scml: src/scml/oneshot/agents/greedy.py): pure formulas, also used by GreedySync and GreedyStd.
import type { IntRange } from '../../worlds/base/league-types.ts';
import type { GreedyParams } from './greedy-params.ts';

/** The best prices seen, for one side (selling: highest; buying: lowest). */
export interface GreedyBests {
  readonly today: number;
  readonly accumulated: number;
  readonly todayFromPartner: number;
  readonly accumulatedFromPartner: number;
}

/** A price range after the slack rules: ends truncated to integers, possibly outside the issue range. */
export interface GreedyPriceRange {
  readonly low: number;
  readonly high: number;
}

/** th = ((n − s − 1)/(n − 1))^e: 1 in round 0, 0 in the last round (our choice: 0 when n <= 1). */
export function greedyThreshold(step: number, n: number, e: number): number {
  if (n <= 1) return 0;
  const base = Math.min(1, Math.max(0, (n - step - 1) / (n - 1)));
  return Math.pow(base, e);
}

/**
 * greedyThreshold with the exponent fixed, each (step, n) computed once: agents ask in every round of
 * every negotiation, and Math.pow with a fractional exponent cost more than the rest of an offer.
 */
export class GreedyThresholds {
  readonly #e: number;
  #n = Number.NaN;
  #byStep: number[] = [];

  constructor(e: number) {
    this.#e = e;
  }

  at(step: number, n: number): number {
    if (!Number.isInteger(step) || step < 0) return greedyThreshold(step, n, this.#e);
    if (n !== this.#n) {
      this.#n = n;
      this.#byStep = [];
    }
    let th = this.#byStep[step];
    if (th === undefined) {
      th = greedyThreshold(step, n, this.#e);
      this.#byStep[step] = th;
    }
    return th;
  }
}

/**
 * The greedy price range for an issue price range `issue` (§15.1): selling, low = min(hi(1 − range
 * slack), max(lo, the four slackened bests)), high = hi; buying, high = max(lo(1 + range slack), min(hi,
 * the four slackened bests)), low = lo. Non-finite terms (±∞, 0 · ∞) never win. Both ends are truncated.
 */
export function greedyPriceRange(
  selling: boolean,
  issue: IntRange,
  bests: GreedyBests,
  params: GreedyParams,
): GreedyPriceRange {
  const { min: lo, max: hi } = issue;
  const sign = selling ? -1 : 1;
  const terms = [
    bests.today * (1 + sign * params.stepPriceSlack),
    bests.accumulated * (1 + sign * params.accPriceSlack),
    bests.todayFromPartner * (1 + sign * params.oppPriceSlack),
    bests.accumulatedFromPartner * (1 + sign * params.oppAccPriceSlack),
  ];
  if (selling) {
    let mx = lo;
    for (const x of terms) if (Number.isFinite(x) && x > mx) mx = x;
    return { low: Math.trunc(Math.min(hi * (1 - params.rangeSlack), mx)), high: Math.trunc(hi) };
  }
  let mn = hi;
  for (const x of terms) if (Number.isFinite(x) && x < mn) mn = x;
  return { low: Math.trunc(lo), high: Math.trunc(Math.max(lo * (1 + params.rangeSlack), mn)) };
}

/** The price to offer: selling int(low + th(high − low)), buying int(high − th(high − low)); may leave the issue range. */
export function greedyGoodPrice(selling: boolean, range: GreedyPriceRange, th: number): number {
  const span = range.high - range.low;
  return Math.trunc(selling ? range.low + th * span : range.high - th * span);
}

/** Selling: price − low >= th(high − low); buying: high − price >= th(high − low). */
export function greedyAcceptablePrice(
  selling: boolean,
  price: number,
  range: GreedyPriceRange,
  th: number,
): boolean {
  const span = range.high - range.low;
  return selling ? price - range.low >= th * span : range.high - price >= th * span;
}

import type { Outcome } from './issue.ts';
import type { UtilityFunction } from './utility-function.ts';

/**
 * Outcomes sorted by one utility function, ascending, with their utilities precomputed for hot loops
 * (negotiation.md B.1 offering: "the lowest utility ≥ the band's lower end"; A.4 inverse query).
 */
export interface SortedOutcomes<O = Outcome> {
  /** The outcomes, ascending by utility; equal utilities keep enumeration order (B.1, our choice). */
  readonly outcomes: readonly O[];
  /** utilities[k] is the utility of outcomes[k]; non-decreasing. */
  readonly utilities: Float64Array;
  /** order[k] is the position of outcomes[k] in the input list. */
  readonly order: Int32Array;
  readonly size: number;
  /** Position of the first outcome with utility ≥ x, or `size` when none reaches x. O(log n). */
  indexAtLeast(x: number): number;
  /** Position just past the last outcome with utility ≤ x (0 when all are above x). O(log n). */
  indexAbove(x: number): number;
  /** The lowest-utility outcome with utility ≥ x (first in enumeration order among equals), or null. */
  lowestAtLeast(x: number): O | null;
  /** Outcomes with utility in [lo, hi], ascending (the A.4 inverse query). */
  between(lo: number, hi: number): readonly O[];
  /** The best outcome (first in enumeration order among equal best utilities, as `lowestAtLeast(max)`). */
  readonly best: O;
  /** The worst outcome (first in enumeration order among equal worst utilities). */
  readonly worst: O;
}

/**
 * Sorts `outcomes` by `ufun`, ascending and stable on the input (enumeration) order, and returns
 * binary-search lookups over the precomputed utilities. Throws on an empty list or a NaN utility.
 */
export function sortOutcomesByUtility<O = Outcome>(
  ufun: UtilityFunction<O>,
  outcomes: readonly O[],
): SortedOutcomes<O> {
  const n = outcomes.length;
  if (n === 0) throw new RangeError('sortOutcomesByUtility() needs at least one outcome');
  const raw = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const u = ufun.eval(outcomes[k] as O);
    if (Number.isNaN(u)) throw new RangeError(`utility of outcome ${k} is NaN`);
    raw[k] = u;
  }
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[k] = k;
  // Typed-array sort with an explicit index tie-break: stable whatever the engine's algorithm.
  order.sort((a, b) => (raw[a] as number) - (raw[b] as number) || a - b);
  const utilities = new Float64Array(n);
  const sorted: O[] = new Array<O>(n);
  for (let k = 0; k < n; k++) {
    const at = order[k] as number;
    utilities[k] = raw[at] as number;
    sorted[k] = outcomes[at] as O;
  }
  return new SortedOutcomesImpl(sorted, utilities, order);
}

class SortedOutcomesImpl<O> implements SortedOutcomes<O> {
  readonly outcomes: readonly O[];
  readonly utilities: Float64Array;
  readonly order: Int32Array;
  readonly size: number;

  constructor(outcomes: readonly O[], utilities: Float64Array, order: Int32Array) {
    this.outcomes = outcomes;
    this.utilities = utilities;
    this.order = order;
    this.size = outcomes.length;
  }

  get best(): O {
    return this.outcomes[this.indexAtLeast(this.utilities[this.size - 1] as number)] as O;
  }

  get worst(): O {
    return this.outcomes[0] as O;
  }

  indexAtLeast(x: number): number {
    const u = this.utilities;
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((u[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  indexAbove(x: number): number {
    const u = this.utilities;
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((u[mid] as number) <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  lowestAtLeast(x: number): O | null {
    const k = this.indexAtLeast(x);
    return k < this.size ? (this.outcomes[k] as O) : null;
  }

  between(lo: number, hi: number): readonly O[] {
    const start = this.indexAtLeast(lo);
    const end = this.indexAbove(hi);
    return start < end ? this.outcomes.slice(start, end) : [];
  }
}

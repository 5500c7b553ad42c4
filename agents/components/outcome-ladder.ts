// negotiation.md B.1 "Offering" (NegMAS 0.11.6 presorted inverter, src/negmas/gb/components/inverter.py):
// every outcome (continuous issues cut into 10 levels), sorted by own utility ascending, ties in
// enumeration order (our choice, B.1), with "lowest outcome with utility >= x" by binary search.
import type { Outcome } from '../../src/negotiation/issue.ts';
import type { OutcomeSpace } from '../../src/negotiation/outcome-space.ts';
import type { UtilityFunction } from '../../src/negotiation/utility-function.ts';

/** Ladders shared by negotiators with the same utility function and space (ufuns are treated as immutable). */
const CACHE = new WeakMap<UtilityFunction<Outcome>, WeakMap<OutcomeSpace, OutcomeLadder>>();

/**
 * The outcomes of a space sorted by one utility function, ascending. Built once (an enumeration, one
 * `eval` per outcome and one sort); afterwards every query is allocation-free.
 *
 * @example
 * const ladder = OutcomeLadder.of(space, ufun);
 * const offer = ladder.at(ladder.lowerBound(0.8)); // the cheapest outcome worth at least 0.8
 */
export class OutcomeLadder {
  /** Number of outcomes. */
  readonly size: number;
  /** Utility of the best outcome. */
  readonly maxUtility: number;
  /** Lowest finite utility (u_worst); equals `maxUtility` when no utility is finite. */
  readonly minUtility: number;
  /** Index of the best outcome: the top of the ladder. */
  readonly bestIndex: number;
  readonly #outcomes: readonly Outcome[];
  readonly #utilities: Float64Array;

  /** The shared ladder of `ufun` over `space`, built on first use. */
  static of(space: OutcomeSpace, ufun: UtilityFunction<Outcome>): OutcomeLadder {
    let bySpace = CACHE.get(ufun);
    if (bySpace === undefined) {
      bySpace = new WeakMap();
      CACHE.set(ufun, bySpace);
    }
    let ladder = bySpace.get(space);
    if (ladder === undefined) {
      ladder = new OutcomeLadder(space, ufun);
      bySpace.set(space, ladder);
    }
    return ladder;
  }

  constructor(
    space: OutcomeSpace,
    ufun: UtilityFunction<Outcome>,
    options: { readonly levels?: number } = {},
  ) {
    const enumerated = space.enumerate({ levels: options.levels ?? 10 });
    const n = enumerated.length;
    const raw = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const u = ufun.eval(enumerated[i] as Outcome);
      raw[i] = Number.isNaN(u) ? -Infinity : u; // a NaN utility sorts as the worst (our choice)
    }
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    // Tie-break on the enumeration index: a stable sort whatever the engine does.
    order.sort((a, b) => (raw[a] as number) - (raw[b] as number) || a - b);
    const outcomes: Outcome[] = new Array<Outcome>(n);
    const utilities = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      const i = order[k] as number;
      outcomes[k] = Object.freeze(enumerated[i] as Outcome);
      utilities[k] = raw[i] as number;
    }
    this.#outcomes = outcomes;
    this.#utilities = utilities;
    this.size = n;
    this.bestIndex = n - 1;
    this.maxUtility = utilities[n - 1] as number;
    let lowest = this.maxUtility;
    for (let k = 0; k < n; k++) {
      const u = utilities[k] as number;
      if (Number.isFinite(u)) {
        lowest = u;
        break;
      }
    }
    this.minUtility = lowest;
  }

  /** Index of the lowest-utility outcome with utility >= x, or `size` when there is none. */
  lowerBound(x: number): number {
    const u = this.#utilities;
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((u[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The outcome at ladder position `i` (0 = worst); frozen and shared, so never mutate it. */
  at(i: number): Outcome {
    const o = this.#outcomes[i];
    if (o === undefined) throw new RangeError(`ladder position ${i} is outside [0, ${this.size - 1}]`);
    return o;
  }

  /** The utility of the outcome at position `i`. */
  utilityAt(i: number): number {
    const u = this.#utilities[i];
    if (u === undefined) throw new RangeError(`ladder position ${i} is outside [0, ${this.size - 1}]`);
    return u;
  }

  /** The best outcome (top of the ladder). */
  get best(): Outcome {
    return this.at(this.bestIndex);
  }
}

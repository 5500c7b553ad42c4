import type { Outcome } from './issue.ts';
import type { UtilityFunction } from './utility-function.ts';

/**
 * A discount (negotiation.md A.5): exponential u · d^t, or linear u − (c · t)^p. Following GENIUS, an
 * exponential factor d ≤ 0 or d ≥ 1 means no discount.
 */
export type Discount =
  | { readonly type: 'exponential'; readonly factor: number }
  | { readonly type: 'linear'; readonly cost: number; readonly power?: number };

export interface DiscountedUtilityOptions {
  readonly discount: Discount;
  /** Discount the reserved value too (NegMAS dynamic reservation; GENIUS does). Default true. */
  readonly dynamicReservation?: boolean;
}

/**
 * A time-discounted utility over a base utility (negotiation.md A.5). `evalAt(outcome, t)` applies the
 * discount at time t — relative time in GENIUS, or whatever clock the caller uses (round index in
 * NegMAS's default); `eval(outcome)` is the undiscounted value (t = 0).
 */
export class DiscountedUtility<O = Outcome> implements UtilityFunction<O> {
  readonly base: UtilityFunction<O>;
  readonly discount: Discount;
  readonly dynamicReservation: boolean;

  constructor(base: UtilityFunction<O>, options: DiscountedUtilityOptions) {
    const d = options.discount;
    if (d.type === 'exponential' && !Number.isFinite(d.factor)) {
      throw new RangeError(`exponential discount factor must be finite, got ${d.factor}`);
    }
    if (d.type === 'linear' && (!(d.cost >= 0) || !Number.isFinite(d.cost) || !((d.power ?? 1) > 0))) {
      throw new RangeError(
        `linear discount needs cost >= 0 and power > 0, got cost ${d.cost}, power ${d.power}`,
      );
    }
    this.base = base;
    this.discount = d;
    this.dynamicReservation = options.dynamicReservation ?? true;
  }

  /** Whether the discount changes anything (false for GENIUS's d ≤ 0 or d ≥ 1, or a zero cost). */
  get discounts(): boolean {
    const d = this.discount;
    return d.type === 'exponential' ? d.factor > 0 && d.factor < 1 : d.cost > 0;
  }

  get reservedValue(): number {
    return this.base.reservedValue;
  }

  eval(outcome: O | null): number {
    return this.base.eval(outcome);
  }

  /** Discounted utility at time `time` (≥ 0); no agreement gives the (discounted) reserved value. */
  evalAt(outcome: O | null, time: number): number {
    if (!(time >= 0)) throw new RangeError(`evalAt() needs a time >= 0, got ${time}`);
    const u = this.base.eval(outcome);
    if (outcome === null && !this.dynamicReservation) return u;
    return this.apply(u, time);
  }

  /** The discount applied to a utility value at `time`. */
  apply(utility: number, time: number): number {
    if (!this.discounts) return utility;
    const d = this.discount;
    if (d.type === 'exponential') return utility * Math.pow(d.factor, time);
    return utility - Math.pow(d.cost * time, d.power ?? 1);
  }
}

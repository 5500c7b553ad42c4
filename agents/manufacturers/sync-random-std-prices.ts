// league-rules.md §15.2 SyncRandomStdAgent "Price helpers" and "Loss-avoiding limits"
// (scml: src/scml/std/agents/rand.py): pure price formulas over a range [mn, mx] and t in [0, 1].
import type { IntRange, LeagueIssues } from '../../worlds/base/league-types.ts';

/** How a price is judged: today's exponent (2) or the future exponent (4) and the future minimum price (0.25). */
export interface PriceCurve {
  readonly exponent: number;
  /** Fraction of the range cut off for future deals (0 for today). */
  readonly futureCut: number;
}

/** buy_price(t) = max(mn, min(mx, int(mn + (mx − mn) t^e + 0.5))): rises from mn. */
export function buyPrice(t: number, range: IntRange, exponent: number): number {
  const { min: mn, max: mx } = range;
  return Math.max(mn, Math.min(mx, Math.trunc(mn + (mx - mn) * Math.pow(t, exponent) + 0.5)));
}

/** sell_price(t) = max(mn', min(mx, int(0.5 + mx − (mx − mn') t^e))), mn' = mn + cut · (mx − mn): falls from mx. */
export function sellPrice(t: number, range: IntRange, curve: PriceCurve): number {
  const { min: mn, max: mx } = range;
  const floor = mn + curve.futureCut * (mx - mn);
  return Math.max(floor, Math.min(mx, Math.trunc(0.5 + mx - (mx - floor) * Math.pow(t, curve.exponent))));
}

/** good2buy: p − 0.0001 <= buy_price(t) with mx replaced by mx − cut · (mx − mn). */
export function goodToBuy(p: number, t: number, range: IntRange, curve: PriceCurve): boolean {
  const mx = range.max - curve.futureCut * (range.max - range.min);
  return p - 0.0001 <= buyPrice(t, { min: range.min, max: mx }, curve.exponent);
}

/** good2sell: p + 0.0001 >= sell_price(t). */
export function goodToSell(p: number, t: number, range: IntRange, curve: PriceCurve): boolean {
  return p + 0.0001 >= sellPrice(t, range, curve);
}

/**
 * The loss-avoiding limits: selling in [max(output min, input max), output max], buying in
 * [input min, min(input max, output min)]. A range with min > max is empty.
 */
export function lossAvoidingLimits(
  input: LeagueIssues,
  output: LeagueIssues,
): { buy: IntRange; sell: IntRange } {
  return {
    sell: { min: Math.max(output.unitPrice.min, input.unitPrice.max), max: output.unitPrice.max },
    buy: { min: input.unitPrice.min, max: Math.min(input.unitPrice.max, output.unitPrice.min) },
  };
}

/**
 * The issues of a product nobody negotiates (product 0, the last product), as the reference builds them
 * once at construction: quantity (1, qmax), delivery (0, min(horizon, n_steps − 1)), price
 * (max(1, ⌊0.9 P⌋), ⌊1.1 P⌋) from the catalog price P. Our reading: the Std price-range fraction 0.1 is
 * assumed (the view does not expose it), and the last product is treated like product 0.
 */
export function constructionIssues(
  catalogPrice: number,
  horizon: number,
  nSteps: number,
  quantityMax: number,
): LeagueIssues {
  const min = Math.max(1, Math.floor(catalogPrice * 0.9));
  const max = Math.floor(1.1 * catalogPrice);
  return {
    quantity: { min: 1, max: quantityMax },
    deliveryDay: { min: 0, max: Math.min(horizon, nSteps - 1) },
    unitPrice: min <= max ? { min, max } : { min: max, max: min },
  };
}

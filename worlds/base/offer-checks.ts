import type { LeagueIssues, LeagueOffer } from './league-types.ts';

function inRange(v: unknown, r: { readonly min: number; readonly max: number }): boolean {
  return typeof v === 'number' && Number.isFinite(v) && v >= r.min && v <= r.max;
}

/**
 * The offer checks SCML turns on (league-rules.md §5.3, NegMAS check_offers): an offer whose values are
 * not finite numbers inside the day's issue ranges is "no offer" and ends the negotiation. Shared by
 * the league and factory worlds, whose offers and issues have the same shape.
 */
export const offerChecks = {
  inIssues(o: LeagueOffer, issues: LeagueIssues): boolean {
    if (o === null || typeof o !== 'object') return false;
    return (
      inRange(o.quantity, issues.quantity) &&
      inRange(o.deliveryDay, issues.deliveryDay) &&
      inRange(o.unitPrice, issues.unitPrice)
    );
  },
  /** NegMAS cast_offers: integer issues take int(value), i.e. truncation. */
  cast(o: LeagueOffer): LeagueOffer {
    if (Number.isInteger(o.quantity) && Number.isInteger(o.deliveryDay) && Number.isInteger(o.unitPrice))
      return o;
    return {
      quantity: Math.trunc(o.quantity),
      deliveryDay: Math.trunc(o.deliveryDay),
      unitPrice: Math.trunc(o.unitPrice),
    };
  },
};

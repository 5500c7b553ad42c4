import type { LeagueConfig } from './league-config.ts';
import type { LeagueIssues } from './league-types.ts';
import { roundHalfEven } from './round-half-even.ts';

/**
 * The issues of day `day` for every product (league-rules.md §5.3); null for products nobody negotiates
 * (product 0 and the last product are traded only with system agents).
 */
export function dayIssues(
  config: LeagueConfig,
  day: number,
  tradingPrices: readonly number[],
): (LeagueIssues | null)[] {
  const neg = config.negotiation;
  const maxLines = Math.max(...config.factories.map((f) => f.nLines));
  const quantity = {
    min: neg.allowZeroQuantity ? 0 : 1,
    max: Math.max(1, roundHalfEven(maxLines * neg.quantityMultiplier)),
  };
  const deliveryDay = { min: day, max: Math.min(day + neg.horizon, config.nSteps - 1) };
  const nProducts = config.nProcesses + 1;
  const out: (LeagueIssues | null)[] = [];
  for (let product = 0; product < nProducts; product++) {
    if (product === 0 || product === nProducts - 1) {
      out.push(null);
      continue;
    }
    const prices = config.publishTradingPrices ? tradingPrices : config.catalogPrices;
    const P = prices[product] as number;
    const p = neg.widePriceRange ? (prices[product - 1] ?? 0) : P;
    let min: number;
    let max: number;
    const f = neg.priceRangeFraction;
    const m = neg.priceMultiplier;
    if (f > 0) {
      min = Math.max(1, Math.floor(p * (1 - f)));
      max = Math.floor((1 + f) * P);
    } else if (m > 0) {
      min = Math.max(1, Math.floor(p / m));
      max = Math.floor(m * P);
    } else {
      min = Math.max(1, Math.ceil(P) - 1);
      max = Math.max(1, Math.ceil(P));
    }
    if (min > max) [min, max] = [max, min];
    out.push({ quantity, deliveryDay, unitPrice: { min, max } });
  }
  return out;
}

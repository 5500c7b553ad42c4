/**
 * The trading-price update at the end of a day (league-rules.md §6): a volume-weighted, exponentially
 * discounted average of executed unit prices. Products with nothing traded keep price and weight.
 * Returns new arrays; the inputs are not changed.
 */
export function updateTradingPrices(
  prices: readonly number[],
  weights: readonly number[],
  traded: {
    readonly quantity: readonly number[];
    readonly value: readonly number[];
    readonly discount: number;
  },
): { prices: number[]; weights: number[] } {
  const outP = prices.slice();
  const outW = weights.slice();
  for (let p = 0; p < prices.length; p++) {
    const q = traded.quantity[p] ?? 0;
    if (q <= 0) continue;
    const avg = (traded.value[p] ?? 0) / q;
    if (!(avg > 0)) continue;
    const discounted = traded.discount * (weights[p] as number);
    outP[p] = (discounted * (prices[p] as number) + q * avg) / (discounted + q);
    outW[p] = discounted + q;
  }
  return { prices: outP, weights: outW };
}

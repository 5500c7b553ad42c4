// league-rules.md §15.2 SyncRandomStdAgent "Future-need estimate" (scml: src/scml/std/agents/rand.py,
// `estimate_future_needs`): how much to buy and sell for each future day.

export interface FutureNeedsInput {
  readonly today: number;
  readonly nDays: number;
  /** The last delivery day of the agent's input issue (capped at nDays − 1 here). */
  readonly lastDay: number;
  readonly isFirstLevel: boolean;
  readonly isLastLevel: boolean;
  /** Quantity bought (resp. sold) for delivery on `day`, agreed so far. */
  readonly suppliesAt: (day: number) => number;
  readonly salesAt: (day: number) => number;
  readonly inventoryInput: number;
  readonly inventoryOutput: number;
  readonly exogenousInputQuantity: number;
  readonly exogenousOutputQuantity: number;
  /** Future target productivity (0.3). */
  readonly productivity: number;
}

/** Positive integer targets by day. */
export interface FutureNeeds {
  readonly supplies: Map<number, number>;
  readonly sales: Map<number, number>;
}

/**
 * For each day t in today + 1 … min(lastDay, nDays − 1): secured supplies = supplies for days today … t
 * + both inventories (+ exogenous input · (t − today) at the first level); secured sales = sales for days
 * t … end (+ exogenous output · (nDays − t) at the last level); each raised to at least productivity ·
 * (t − today) resp. productivity · (nDays − t) (as §15.2 states it: not multiplied by n_lines); supply
 * target = sales − supplies, sale target its negative (0 at the first resp. last level); positive targets
 * truncated to integers, kept when still positive.
 */
export function estimateFutureNeeds(input: FutureNeedsInput): FutureNeeds {
  const { today, nDays, productivity: k } = input;
  const last = Math.min(input.lastDay, nDays - 1);
  const supplies = new Map<number, number>();
  const sales = new Map<number, number>();
  if (last <= today) return { supplies, sales };
  // Sales agreed from day t to the end (suffix sums), kept only for the days t needed: from[last - t].
  let after = 0;
  for (let d = nDays - 1; d > last; d--) after += input.salesAt(d);
  const salesFrom: number[] = [];
  for (let t = last; t > today; t--) {
    after += input.salesAt(t);
    salesFrom.push(after);
  }
  let suppliesSoFar = input.suppliesAt(today);
  for (let t = today + 1; t <= last; t++) {
    suppliesSoFar += input.suppliesAt(t);
    let securedSupplies = suppliesSoFar + input.inventoryInput + input.inventoryOutput;
    if (input.isFirstLevel) securedSupplies += input.exogenousInputQuantity * (t - today);
    let securedSales = salesFrom[last - t] as number;
    if (input.isLastLevel) securedSales += input.exogenousOutputQuantity * (nDays - t);
    securedSupplies = Math.max(k * (t - today), securedSupplies);
    securedSales = Math.max(k * (nDays - t), securedSales);
    const supplyTarget = input.isFirstLevel ? 0 : Math.trunc(securedSales - securedSupplies);
    const saleTarget = input.isLastLevel ? 0 : Math.trunc(securedSupplies - securedSales);
    if (supplyTarget > 0) supplies.set(t, supplyTarget);
    if (saleTarget > 0) sales.set(t, saleTarget);
  }
  return { supplies, sales };
}

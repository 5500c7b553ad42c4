/** Unit price of product 0 (raw material) before noise (league-rules.md §3.2 step 3). */
export const RAW_MATERIAL_PRICE = 10;

/** Inputs of the cost-plus price chain. */
export interface CostPlusInputs {
  /** Per day: Σ of the level-0 agents' exogenous supplies (the split total, not the raw Q₀). */
  readonly supplyTotals: readonly number[];
  /** Per process: the level's production cost under the profit basis (max by default). */
  readonly manufacturingCosts: readonly number[];
  /** Per process: the profit fraction drawn for that process. */
  readonly profits: readonly number[];
}

/** The chain's results. Indices: `[process][day]`, `[product][day]`, `[product]`. */
export interface CostPlusPrices {
  /** R_p[t]: revenue of level p on day t. */
  readonly revenues: number[][];
  /** Input cost plus production cost of level p on day t (scml `total_costs`, used for balances). */
  readonly totalCosts: number[][];
  /** Unit price of each product per day; product 0 is the raw price, a day without supply gives 0. */
  readonly unitPrices: number[][];
  readonly catalogPrices: number[];
}

/**
 * The cost-plus price chain of league-rules.md §3.2 step 3: level revenues, daily unit prices and
 * catalog prices. Pure; no draws.
 *
 * Our choice: when every considered day of a product has price 0 (no supply after its first k days),
 * its catalog price is the chain applied to one unit: ⌈(catalog[k − 1] + cost) · (1 + profit)⌉, so
 * catalog prices stay positive.
 */
export function costPlusPrices(inputs: CostPlusInputs): CostPlusPrices {
  const { supplyTotals: q0, manufacturingCosts, profits } = inputs;
  const nProcesses = manufacturingCosts.length;
  if (profits.length !== nProcesses) {
    throw new RangeError(
      `costPlusPrices() needs one profit per process, got ${profits.length} for ${nProcesses}`,
    );
  }
  const nDays = q0.length;
  const revenues: number[][] = [];
  const totalCosts: number[][] = [];
  const unitPrices: number[][] = [new Array<number>(nDays).fill(RAW_MATERIAL_PRICE)];
  const catalogPrices: number[] = [RAW_MATERIAL_PRICE];
  for (let p = 0; p < nProcesses; p++) {
    const cost = manufacturingCosts[p]!;
    const profit = profits[p]!;
    const rev: number[] = [];
    const tc: number[] = [];
    const price: number[] = [];
    for (let t = 0; t < nDays; t++) {
      const q = q0[t]!;
      // Level 0 buys Q₀ at the raw price; level p >= 1 buys the previous level's whole revenue.
      const inputCost = p === 0 ? q * RAW_MATERIAL_PRICE : revenues[p - 1]![t]!;
      const total = inputCost + cost * q;
      tc.push(total);
      rev.push(Math.ceil(total * (1 + profit)));
      price.push(q === 0 ? 0 : Math.ceil(rev[t]! / q));
    }
    revenues.push(rev);
    totalCosts.push(tc);
    unitPrices.push(price);
    // Catalog price of product k = p + 1: the maximum daily price, ignoring the first k days.
    const k = p + 1;
    let best = 0;
    for (let t = k; t < nDays; t++) best = Math.max(best, price[t]!);
    catalogPrices.push(best > 0 ? Math.ceil(best) : Math.ceil((catalogPrices[p]! + cost) * (1 + profit)));
  }
  return { revenues, totalCosts, unitPrices, catalogPrices };
}

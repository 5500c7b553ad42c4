import { pyFloorDiv } from '../../src/core/py-floor-div.ts';

/** What the profit function freezes for one factory at the start of a day (league-rules.md §7.2). */
export interface ProfitInputs {
  readonly day: number;
  /** Today's exogenous supply: quantity and TOTAL price. */
  readonly exogenousInputQuantity: number;
  readonly exogenousInputPrice: number;
  /** Today's exogenous sale: quantity and TOTAL price. */
  readonly exogenousOutputQuantity: number;
  readonly exogenousOutputPrice: number;
  readonly productionCost: number;
  readonly nLines: number;
  /** Today's penalty draws, unscaled. */
  readonly shortfallPenalty: number;
  readonly disposalCost: number;
  readonly storageCost: number;
  /** Penalty scales: trading (or catalog) price of the input and output product, or 1. */
  readonly inputPenaltyScale: number;
  readonly outputPenaltyScale: number;
  /** Balance at the start of the day. */
  readonly balance: number;
  readonly inventoryInput: number;
  readonly inventoryOutput: number;
}

/** A contract or hypothetical offer as the profit function sees it. */
export interface ProfitItem {
  readonly quantity: number;
  readonly deliveryDay: number;
  readonly unitPrice: number;
  /** true: the factory buys (an input); false: it sells (an output). */
  readonly isBuy: boolean;
}

/** The profit of a day and every term it is made of. */
export interface ProfitBreakdown {
  readonly profit: number;
  /** Units actually produced and sold. */
  readonly producible: number;
  /** Input units (contracts due today + exogenous supply + input inventory). */
  readonly inputQuantity: number;
  /** Output units promised (contracts due today + exogenous sale + output inventory). */
  readonly outputQuantity: number;
  /** Total price of all inputs (every input is paid in full). */
  readonly inputCost: number;
  /** Revenue of the `producible` dearest output units. */
  readonly revenue: number;
  readonly productionCost: number;
  readonly shortfallQuantity: number;
  readonly shortfallPenalty: number;
  /** Inputs left over: disposed of (OneShot) or stored (Std); the closing input inventory. */
  readonly excessQuantity: number;
  readonly disposalCost: number;
  readonly storageCost: number;
}

// Scratch arrays reused across calls: profit evaluation runs thousands of times a day (style.md §4.7).
const inQ: number[] = [];
const inP: number[] = [];
const outQ: number[] = [];
const outP: number[] = [];
let order: number[] = [];

/**
 * The daily profit function of the 2024 OneShot and Std games (league-rules.md §7.3, scml's
 * OneShotUFun.from_offers), in the reference's floating-point order. Items not due today are ignored;
 * exogenous contracts and inventory enter through `inputs`. Pure: the same arguments give the same result.
 */
export function profitOf(inputs: ProfitInputs, items: readonly ProfitItem[]): ProfitBreakdown {
  const day = inputs.day;
  let nIn = 0;
  let nOut = 0;
  // Steps 1–3: today's items in the given order, then the input and output pseudo-items.
  for (const item of items) {
    if (item.deliveryDay !== day) continue;
    if (item.isBuy) {
      inQ[nIn] = item.quantity;
      inP[nIn++] = item.unitPrice;
    } else {
      outQ[nOut] = item.quantity;
      outP[nOut++] = item.unitPrice;
    }
  }
  const pseudoIn = inputs.exogenousInputQuantity + inputs.inventoryInput;
  if (pseudoIn > 0) {
    inQ[nIn] = pseudoIn;
    inP[nIn++] = inputs.exogenousInputPrice / pseudoIn;
  }
  const pseudoOut = inputs.exogenousOutputQuantity + inputs.inventoryOutput;
  if (pseudoOut > 0) {
    outQ[nOut] = pseudoOut;
    outP[nOut++] = inputs.exogenousOutputPrice / pseudoOut;
  }

  // Step 4: inputs cheapest first (stable), every input paid; production limited by money.
  const c = inputs.productionCost;
  const money = inputs.balance;
  let pin = 0;
  let qin = 0;
  let exhausted = money < 0;
  let qinBar = 0;
  stableOrder(inP, nIn, 1);
  for (let k = 0; k < nIn; k++) {
    const i = order[k] as number;
    const q = inQ[i] as number;
    const p = inP[i] as number;
    if (!exhausted && pin + q * p + q * c > money) {
      qinBar = qin + pyFloorDiv(money - pin, p + c);
      exhausted = true;
    }
    pin += q * p;
    qin += q;
  }
  if (!exhausted) qinBar = qin;
  const lines = inputs.nLines;
  // Step 5.
  let producible = Math.min(qinBar, lines);

  // Step 6: outputs dearest first; revenue of the first `producible` units.
  let qout = 0;
  let revenue = 0;
  let left = producible;
  stableOrder(outP, nOut, -1);
  for (let k = 0; k < nOut; k++) {
    const i = order[k] as number;
    const q = outQ[i] as number;
    const p = outP[i] as number;
    qout += q;
    if (left > 0) {
      const sold = Math.min(q, left);
      revenue += sold * p;
      left -= sold;
    }
  }

  // Steps 7–10.
  producible = Math.min(producible, qout, qin, lines);
  const shortfallQuantity = Math.max(0, qout - producible);
  const shortfallPenalty = inputs.outputPenaltyScale * (inputs.shortfallPenalty * shortfallQuantity);
  const excessQuantity = Math.max(0, qin - producible);
  const disposalCost = inputs.inputPenaltyScale * (inputs.disposalCost * excessQuantity);
  const storageCost = inputs.inputPenaltyScale * (inputs.storageCost * excessQuantity);
  const productionCost = c * producible;
  const profit = revenue - pin - productionCost - disposalCost - storageCost - shortfallPenalty;
  return {
    profit,
    producible,
    inputQuantity: qin,
    outputQuantity: qout,
    inputCost: pin,
    revenue,
    productionCost,
    shortfallQuantity,
    shortfallPenalty,
    excessQuantity,
    disposalCost,
    storageCost,
  };
}

/** Fills `order[0..n)` with indices sorted by sign·price, ties in list order (insertion sort: lists are short). */
function stableOrder(prices: number[], n: number, sign: 1 | -1): void {
  if (order.length < n) order = new Array<number>(n);
  for (let k = 0; k < n; k++) {
    const key = sign * (prices[k] as number);
    let j = k - 1;
    while (j >= 0 && sign * (prices[order[j] as number] as number) > key) {
      order[j + 1] = order[j] as number;
      j--;
    }
    order[j + 1] = k;
  }
}

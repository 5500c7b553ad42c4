import type { Rng } from '../../src/core/rng.ts';
import { distributeQuantities } from '../base/distribute-quantities.ts';
import { roundHalfEven } from '../base/round-half-even.ts';

/** Unit price of raw material (product 0) every day (league-rules.md §16.2 step 3). */
export const SUPPLY_UNIT_PRICE = 10;

export interface ExogenousFlowInput {
  readonly nSteps: number;
  readonly nLines: number;
  readonly agentsPerLevel: readonly number[];
  readonly processInputs: readonly number[];
  readonly processOutputs: readonly number[];
  readonly maxProductivity: number;
  readonly supplyPredictability: number;
  readonly salesPredictability: number;
  /** Production cost of the price chain per level (the maximum of the level's costs). */
  readonly levelCosts: readonly number[];
  /** Profit fraction per process. */
  readonly profits: readonly number[];
}

export interface ExogenousFlow {
  /** Per level-0 factory, per day. */
  readonly supplies: number[][];
  /** Per last-level factory, per day. */
  readonly sales: number[][];
  /** Sale unit price of the last product per day (the same for every last-level factory). */
  readonly salePrices: number[];
  readonly catalogPrices: number[];
  /** TC_p[t] per level (input cost plus production cost of the chain). */
  readonly totalCosts: number[][];
  /** Q_p[t]: the capped chain quantities, Q_0 being the split supply total. */
  readonly quantities: number[][];
  /** Day prices per product before the catalog maximum. */
  readonly productPrices: number[][];
}

const MAX_REDRAWS = 100;

/**
 * The `generate_profitable` flow of league-rules.md §16.2 steps 1-3: raw supply split among level-0
 * factories, the capped chain shifted one day per level, the last level's sales, and the cost-plus
 * price chain. Draws: `supplies` (with redraws), then `sales`, from the named sub-streams of `rng`.
 */
export function exogenousFlow(input: ExogenousFlowInput, rng: Rng): ExogenousFlow {
  const { nSteps, nLines, agentsPerLevel: nL } = input;
  const nProcesses = nL.length;
  const zeros = (): number[] => new Array<number>(nSteps).fill(0);
  const capacity = (p: number): number => roundHalfEven(nLines * nL[p]! * input.maxProductivity);

  // Step 1: raw supply; nothing in the last n_processes days; each factory's total capped.
  const q0 = zeros().map((_, t) => (t < nSteps - nProcesses ? capacity(0) : 0));
  const supplyStream = rng.derive('supplies');
  let supplies: number[][] = [];
  for (let attempt = 0; attempt < MAX_REDRAWS; attempt++) {
    supplies = distributeQuantities(q0, supplyStream, {
      nAgents: nL[0]!,
      predictability: input.supplyPredictability,
    });
    const cap = nLines * Math.max(0, nSteps - nProcesses);
    for (const row of supplies) {
      let excess = row.reduce((s, q) => s + q, 0) - cap;
      for (let t = nSteps - 1; t >= 0 && excess > 0; t--) {
        const cut = Math.min(row[t]!, excess);
        row[t] = row[t]! - cut;
        excess -= cut;
      }
    }
    if (supplies.some((row) => row.some((q) => q > 0))) break;
  }

  // Step 2: the chain, capped by each level's capacity and shifted one day later per level.
  const quantities: number[][] = [zeros().map((_, t) => supplies.reduce((s, row) => s + row[t]!, 0))];
  for (let p = 0; p < nProcesses; p++) {
    const inP = input.processInputs[p]!;
    const outP = input.processOutputs[p]!;
    const prev = quantities[p]!;
    const made = prev.map((q) =>
      Math.min(Math.floor(q / outP) * inP, q, Math.floor(capacity(p) / inP) * outP),
    );
    quantities.push(zeros().map((_, t) => (t === 0 ? 0 : made[t - 1]!)));
  }
  const sales = distributeQuantities(quantities[nProcesses]!, rng.derive('sales'), {
    nAgents: nL[nProcesses - 1]!,
    predictability: input.salesPredictability,
  });

  // Step 3: the cost-plus price chain.
  const revenue: number[][] = [];
  const output: number[][] = [];
  const totalCosts: number[][] = [];
  for (let p = 0; p < nProcesses; p++) {
    const inP = input.processInputs[p]!;
    const outP = input.processOutputs[p]!;
    const r = zeros();
    const o = zeros();
    const tc = zeros();
    for (let t = 0; t < nSteps; t++) {
      if (t < p) continue;
      const ic = p === 0 ? quantities[0]![t]! * SUPPLY_UNIT_PRICE : t > 0 ? revenue[p - 1]![t - 1]! : 0;
      const inQ = p === 0 ? quantities[0]![t]! : t > 0 ? output[p - 1]![t - 1]! : 0;
      const active = Math.floor(inQ / inP);
      o[t] = active * outP;
      // mc_p is zero before day p and on the last n_processes - p days.
      const producing = t >= p && t < nSteps - nProcesses + p;
      const mc = producing ? input.levelCosts[p]! * active : 0;
      tc[t] = ic + mc;
      r[t] = Math.ceil(tc[t]! * (1 + input.profits[p]!));
    }
    revenue.push(r);
    output.push(o);
    totalCosts.push(tc);
  }
  const unitPrice = (p: number, t: number): number => {
    const o = output[p]![t]!;
    return o > 0 ? Math.ceil(revenue[p]![t]! / o) : 0;
  };
  const last = nProcesses - 1;
  const salePrices = zeros().map((_, t) => (t >= nProcesses ? unitPrice(last, t - 1) : 0));
  const productPrices: number[][] = [
    zeros().map((_, t) => (t < nSteps - nProcesses ? SUPPLY_UNIT_PRICE : 0)),
  ];
  for (let p = 0; p < nProcesses; p++)
    productPrices.push(zeros().map((_, t) => (t >= 1 ? unitPrice(p, t - 1) : 0)));
  const catalogPrices = productPrices.map((prices, k) => {
    let best = 0;
    for (let t = k; t < k + nSteps - nProcesses && t < nSteps; t++) best = Math.max(best, prices[t]!);
    return Math.ceil(best);
  });
  return { supplies, sales, salePrices, catalogPrices, totalCosts, quantities, productPrices };
}

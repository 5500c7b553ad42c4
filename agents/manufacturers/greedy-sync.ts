// league-rules.md §15.1 GreedySyncAgent (scml: src/scml/oneshot/agents/greedy.py): the sync version of the
// greedy agent; takes the best-priced offers up to its need, paired with partners by position (a quirk kept).
import { type LeagueDecision, defineLeagueAgent } from '../../worlds/base/league-agent.ts';
import type { LeagueOffer } from '../../worlds/base/league-types.ts';
import type { LeagueView } from '../../worlds/base/league-view.ts';
import { numberParam } from './agent-param.ts';
import { exogenousMarketSize, greedyNeed, greedyQuantity } from './greedy-one-shot.ts';
import { GreedyMemory } from './greedy-memory.ts';
import { drawGreedyParams } from './greedy-params.ts';
import { GreedyThresholds, greedyGoodPrice, greedyPriceRange } from './greedy-prices.ts';
import { partnerIssues, todaysPartners } from './partner-issues.ts';

/**
 * (input need, output need) (§15.1): middle level (n, n) with n = min(Q_supply, Q_sales) from the summary;
 * first level (0, today's exogenous input quantity); last level (today's exogenous output quantity, 0).
 * The supplies/sales counters subtracted in the reference are never incremented, so they are 0 here.
 */
export function greedySyncNeeds(view: LeagueView): readonly [number, number] {
  if (view.isFirstLevel) return [0, view.currentExogenousInputQuantity];
  if (view.isLastLevel) return [view.currentExogenousOutputQuantity, 0];
  const n = exogenousMarketSize(view);
  return [n, n];
}

/** One side's choice: the chosen partner -> offer pairs and the quantity walked. */
export interface GreedySyncChoice {
  readonly chosen: Readonly<Record<string, LeagueOffer>>;
  readonly walked: number;
}

/**
 * The positional walk of counter_all (§15.1): offers sorted by price, best first (stable), are taken in
 * that order while the partners are taken in their original order, so partner i is paired with the i-th
 * best offer. Each offer's quantity is added to `walked`; when the total reaches `need` the walk stops
 * and that pair is not chosen (our reading of "stop before the total reaches the need": the stopping
 * quantity is counted in `walked`).
 */
export function greedySyncChoose(
  partners: readonly string[],
  offers: Readonly<Record<string, LeagueOffer>>,
  selling: boolean,
  need: number,
): GreedySyncChoice {
  const sorted = partners
    .map((p) => offers[p] as LeagueOffer)
    .sort((a, b) => (selling ? b.unitPrice - a.unitPrice : a.unitPrice - b.unitPrice));
  const chosen: Record<string, LeagueOffer> = {};
  let walked = 0;
  for (let i = 0; i < partners.length; i++) {
    const offer = sorted[i] as LeagueOffer;
    walked += offer.quantity;
    if (walked >= need) break;
    chosen[partners[i] as string] = offer;
  }
  return { chosen, walked };
}

export const greedySync = defineLeagueAgent({
  name: 'GreedySync',
  description: 'Greedy sync agent (scml GreedySyncAgent): accepts the best-priced offers up to its need',
  worlds: ['oneshot', 'std'],
  create(ctx) {
    const { view, rng } = ctx;
    const params = drawGreedyParams(ctx.params, rng);
    const thresholds = new GreedyThresholds(params.concessionExponent);
    // Drawn after the greedy parameters (our reading) and unused by the logic, as in the reference.
    numberParam(ctx.params, 'threshold', () => rng.real(0.2, 0.4));
    const memory = new GreedyMemory();
    const consumers = new Set(view.myConsumers);
    let bestProfit = -Infinity;

    const goodPrice = (partner: string, selling: boolean, step: number, nSteps: number): number | null => {
      const issues = partnerIssues(view, partner);
      if (issues === null) return null;
      const range = greedyPriceRange(selling, issues.unitPrice, memory.bests(selling, partner), params);
      return greedyGoodPrice(selling, range, thresholds.at(step, nSteps));
    };

    return {
      style: 'sync',
      beforeStep() {
        memory.resetDay();
        // find_limit(best); the worst limit the reference also computes is unused, so it is skipped.
        bestProfit = ctx.ufun().findLimit(true).utility;
      },
      firstProposals() {
        // The greedy best_offer: the greedy quantity at the best price of the issue (not the good price).
        const out: Record<string, LeagueOffer | null> = {};
        const day = view.currentStep;
        for (const partner of todaysPartners(view)) {
          const issues = partnerIssues(view, partner);
          const q =
            issues === null
              ? null
              : greedyQuantity(greedyNeed(view), issues.quantity, day, view.nSteps, (a, b) => rng.int(a, b));
          if (issues === null || q === null) {
            out[partner] = null;
            continue;
          }
          const unitPrice = consumers.has(partner) ? issues.unitPrice.max : issues.unitPrice.min;
          out[partner] = { quantity: q, deliveryDay: day, unitPrice };
        }
        return out;
      },
      counterAll(offers, states) {
        const out: Record<string, LeagueDecision> = {};
        if (bestProfit < 0) return out; // ends everything
        const [inNeed, outNeed] = greedySyncNeeds(view);
        const day = view.currentStep;
        const ufun = ctx.ufun();
        const th = thresholds.at(day, view.nSteps);
        const partners = Object.keys(offers);
        for (const selling of [false, true]) {
          const side = partners.filter((p) => consumers.has(p) === selling);
          if (side.length === 0) continue;
          const { chosen, walked } = greedySyncChoose(side, offers, selling, selling ? outNeed : inNeed);
          const accept = Object.keys(chosen).length > 0 && ufun.fromOffers(chosen) >= th * bestProfit;
          for (const p of side) {
            if (accept && chosen[p] !== undefined) {
              out[p] = { response: 'accept' };
              continue;
            }
            const state = states[p];
            const unitPrice = state === undefined ? null : goodPrice(p, selling, state.step, state.nSteps);
            // Not clamped to the quantity issue: a counter-offer outside it ends the negotiation (§5.4).
            const quantity = Math.max(1, inNeed + outNeed - walked);
            out[p] =
              unitPrice === null
                ? { response: 'end' }
                : { response: 'reject', offer: { quantity, deliveryDay: day, unitPrice } };
          }
        }
        return out;
      },
      onNegotiationSuccess(contract) {
        const selling = contract.seller === view.name;
        memory.recordAgreement(selling, selling ? contract.buyer : contract.seller, contract.unitPrice);
      },
    };
  },
});

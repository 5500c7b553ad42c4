// league-rules.md §15.1 GreedyOneShotAgent (scml: src/scml/oneshot/agents/greedy.py): a non-sync tournament
// filler that asks for its share of the market and concedes on price round by round.
import { defineLeagueAgent } from '../../worlds/base/league-agent.ts';
import type { LeagueView } from '../../worlds/base/league-view.ts';
import { drawGreedyParams } from './greedy-params.ts';
import { GreedyMemory } from './greedy-memory.ts';
import {
  GreedyThresholds,
  greedyAcceptablePrice,
  greedyGoodPrice,
  greedyPriceRange,
} from './greedy-prices.ts';
import { partnerIssues } from './partner-issues.ts';

/**
 * The greedy need, the same for every partner: min(Q_supply, Q_sales)/(n_competitors + 1) − secured,
 * with Q_supply and Q_sales today's exogenous totals of product 0 and of the last product. `secured` is
 * never incremented in the reference (§15.1, kept), so it is 0. An unpublished summary counts as 0
 * totals (our reading).
 */
export function greedyNeed(view: LeagueView): number {
  return exogenousMarketSize(view) / (view.nCompetitors + 1);
}

/** min(Q_supply, Q_sales): today's exogenous totals of product 0 and of the last product (0 if unpublished). */
export function exogenousMarketSize(view: LeagueView): number {
  const summary = view.exogenousContractSummary;
  return Math.min(summary[0]?.totalQuantity ?? 0, summary[view.nProducts - 1]?.totalQuantity ?? 0);
}

/**
 * The greedy offer quantity (§15.1 propose): needs = int(need) (0 if not finite); none if needs <= 0; else
 * mx = max(min(needs, qmax), qmin) and randint(max(1, int(0.5 + mx · day / n_days)), mx).
 */
export function greedyQuantity(
  need: number,
  quantity: { readonly min: number; readonly max: number },
  day: number,
  nDays: number,
  randint: (lo: number, hi: number) => number,
): number | null {
  const needs = Number.isFinite(need) && need !== 0 ? Math.trunc(need) : 0;
  if (needs <= 0) return null;
  const mx = Math.max(Math.min(needs, quantity.max), quantity.min);
  const lo = Math.max(1, Math.trunc(0.5 + (mx * day) / nDays));
  return lo > mx ? mx : randint(lo, mx);
}

export const greedyOneShot = defineLeagueAgent({
  name: 'GreedyOneShot',
  description:
    'Greedy filler (scml GreedyOneShotAgent): asks for its market share, concedes on price by round',
  worlds: ['oneshot', 'std'],
  create(ctx) {
    const { view, rng } = ctx;
    const params = drawGreedyParams(ctx.params, rng);
    const thresholds = new GreedyThresholds(params.concessionExponent);
    const memory = new GreedyMemory();
    const consumers = new Set(view.myConsumers);

    const range = (partner: string, selling: boolean, issue: { min: number; max: number }) =>
      greedyPriceRange(selling, issue, memory.bests(selling, partner), params);

    return {
      style: 'negotiation',
      beforeStep: () => memory.resetDay(),
      propose(partner, state) {
        const issues = partnerIssues(view, partner);
        if (issues === null) return null;
        const quantity = greedyQuantity(
          greedyNeed(view),
          issues.quantity,
          view.currentStep,
          view.nSteps,
          (a, b) => rng.int(a, b),
        );
        if (quantity === null) return null;
        const selling = consumers.has(partner);
        const th = thresholds.at(state.step, state.nSteps);
        const unitPrice = greedyGoodPrice(selling, range(partner, selling, issues.unitPrice), th);
        return { quantity, deliveryDay: view.currentStep, unitPrice };
      },
      respond(partner, state, offer) {
        const need = greedyNeed(view);
        if (need <= 0) return 'end';
        if (offer.quantity > need) return 'reject';
        const issues = partnerIssues(view, partner);
        if (issues === null) return 'end';
        const selling = consumers.has(partner);
        const th = thresholds.at(state.step, state.nSteps);
        // Our reading: the decision uses the range before this offer's bookkeeping.
        const ok = greedyAcceptablePrice(
          selling,
          offer.unitPrice,
          range(partner, selling, issues.unitPrice),
          th,
        );
        memory.recordOffer(selling, partner, offer.unitPrice);
        return ok ? 'accept' : 'reject';
      },
      onNegotiationSuccess(contract) {
        const selling = contract.seller === view.name;
        memory.recordAgreement(selling, selling ? contract.buyer : contract.seller, contract.unitPrice);
      },
    };
  },
});

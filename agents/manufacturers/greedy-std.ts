// league-rules.md §15.2 GreedyStdAgent (scml: src/scml/std/agents/greedy.py): the greedy filler of the Std
// game; fills today's need and, when none is left, offers for a random future day that still needs goods.
import type { Rng } from '../../src/core/rng.ts';
import { defineLeagueAgent } from '../../worlds/base/league-agent.ts';
import type { IntRange, LeagueOffer } from '../../worlds/base/league-types.ts';
import { numberParam } from './agent-param.ts';
import { GreedyMemory } from './greedy-memory.ts';
import { drawGreedyParams } from './greedy-params.ts';
import {
  GreedyThresholds,
  greedyAcceptablePrice,
  greedyGoodPrice,
  greedyPriceRange,
} from './greedy-prices.ts';
import { partnerIssues } from './partner-issues.ts';

/** Where GreedyStd's propose stands: the day, its issues and the needs it reads. */
export interface GreedyStdOfferInput {
  readonly today: number;
  readonly nDays: number;
  readonly nLines: number;
  readonly quantity: IntRange;
  readonly deliveryDay: IntRange;
  readonly needToday: number;
  readonly futureNeed: (day: number) => number;
}

/**
 * GreedyStd's offer quantity and day (§15.2 propose; the price is set by the caller). With no need today,
 * the issue's days in shuffled order: the first day t with a future need gets mx = max(min(need, qmax),
 * qmin) cut to n_lines · (t − today), skipped if < 1, and quantity randint(lo, int(mx)) if lo < int(mx)
 * else lo. Otherwise (or if no day qualifies) today with mx = min(max(min(needs, qmax), qmin), n_lines);
 * our choice when lo > int(mx) (only with zero quantities allowed): quantity lo, i.e. 1.
 */
export function greedyStdQuantity(
  input: GreedyStdOfferInput,
  rng: Rng,
): { quantity: number; deliveryDay: number } {
  const { today, nDays, nLines, quantity: qr } = input;
  const needs = Math.trunc(input.needToday);
  if (needs <= 0) {
    const days: number[] = [];
    for (let t = input.deliveryDay.min; t <= input.deliveryDay.max; t++) days.push(t);
    for (const t of rng.shuffle(days)) {
      const need = input.futureNeed(t);
      if (need <= 0) continue;
      let mx = Math.max(Math.min(need, qr.max), qr.min);
      mx = Math.max(0, Math.min(mx, nLines * (t - today)));
      if (mx < 1) continue;
      const lo = lowerQuantity(mx, today, nDays);
      const hi = Math.trunc(mx);
      return { quantity: lo < hi ? rng.int(lo, hi) : lo, deliveryDay: t };
    }
  }
  const mx = Math.min(Math.max(Math.min(needs, qr.max), qr.min), nLines);
  const lo = lowerQuantity(mx, today, nDays);
  const hi = Math.trunc(mx);
  return { quantity: lo <= hi ? rng.int(lo, hi) : lo, deliveryDay: today };
}

/** The smallest quantity offered for a maximum `mx`: max(1, int(0.5 + mx · today / nDays)). */
function lowerQuantity(mx: number, today: number, nDays: number): number {
  return Math.max(1, Math.trunc(0.5 + (mx * today) / nDays));
}

export const greedyStd = defineLeagueAgent({
  name: 'GreedyStd',
  description:
    'Greedy Std filler (scml GreedyStdAgent): greedy today, then future days that still need goods',
  worlds: ['std'],
  create(ctx) {
    const { view, rng } = ctx;
    const params = drawGreedyParams(ctx.params, rng);
    const thresholds = new GreedyThresholds(params.concessionExponent);
    const future = numberParam(ctx.params, 'futureThreshold', () => 0.9);
    const target = numberParam(ctx.params, 'productionTarget', () => 0.75);
    const memory = new GreedyMemory();
    const consumers = new Set(view.myConsumers);

    const needToday = (selling: boolean): number =>
      view.isMiddleLevel ? target * view.nLines : selling ? view.neededSales : view.neededSupplies;
    // future_sales/future_supplies hold only days after today, so nothing is agreed "in the future" for today.
    const futureNeed = (selling: boolean, t: number): number => {
      const agreed = t > view.currentStep ? (selling ? view.totalSalesAt(t) : view.totalSuppliesAt(t)) : 0;
      return target * (view.nLines - agreed);
    };
    // Made once: propose runs every round, and a closure made per call costs a name definition under tsx.
    const futureSales = (t: number): number => futureNeed(true, t);
    const futureSupplies = (t: number): number => futureNeed(false, t);
    // A future delivery starts from [int(f · issue max), issue max] (our reading: f is the future threshold).
    const range = (partner: string, selling: boolean, issue: IntRange, day: number) => {
      const base = day > view.currentStep ? { min: Math.trunc(future * issue.max), max: issue.max } : issue;
      return greedyPriceRange(selling, base, memory.bests(selling, partner), params);
    };

    return {
      style: 'negotiation',
      beforeStep: () => memory.resetDay(),
      propose(partner, state): LeagueOffer | null {
        const issues = partnerIssues(view, partner);
        if (issues === null) return null;
        const selling = consumers.has(partner);
        const { quantity, deliveryDay } = greedyStdQuantity(
          {
            today: view.currentStep,
            nDays: view.nSteps,
            nLines: view.nLines,
            quantity: issues.quantity,
            deliveryDay: issues.deliveryDay,
            needToday: needToday(selling),
            futureNeed: selling ? futureSales : futureSupplies,
          },
          rng,
        );
        const th = thresholds.at(state.step, state.nSteps);
        const unitPrice = greedyGoodPrice(
          selling,
          range(partner, selling, issues.unitPrice, deliveryDay),
          th,
        );
        return { quantity, deliveryDay, unitPrice };
      },
      respond(partner, state, offer) {
        const issues = partnerIssues(view, partner);
        if (issues === null) return 'reject';
        const selling = consumers.has(partner);
        const today = view.currentStep;
        const isToday = offer.deliveryDay === today;
        const candidate =
          (isToday && offer.quantity <= needToday(selling)) ||
          (offer.deliveryDay > today && offer.quantity < futureNeed(selling, offer.deliveryDay));
        // Our reading: as in §15.1, an offer rejected for its quantity does no price bookkeeping.
        if (!candidate) return 'reject';
        const th = isToday ? thresholds.at(state.step, state.nSteps) : future;
        const ok = greedyAcceptablePrice(
          selling,
          offer.unitPrice,
          range(partner, selling, issues.unitPrice, offer.deliveryDay),
          th,
        );
        if (isToday) memory.recordOffer(selling, partner, offer.unitPrice);
        return ok ? 'accept' : 'reject';
      },
      onNegotiationSuccess(contract) {
        const selling = contract.seller === view.name;
        memory.recordAgreement(selling, selling ? contract.buyer : contract.seller, contract.unitPrice);
      },
    };
  },
});

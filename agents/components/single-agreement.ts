// league-rules.md §13.1 OneShotSingleAgreementAgent (scml: src/scml/oneshot/agent.py; NegMAS
// SAOSingleAgreementController, src/negmas/sao/controllers.py): a sync agent aiming at one agreement a day.
import type { LeagueAgentContext, LeagueDecision, SyncAgent } from '../../worlds/base/league-agent.ts';
import type { LeagueIssues, LeagueNegotiationState, LeagueOffer } from '../../worlds/base/league-types.ts';
import type { LeagueView } from '../../worlds/base/league-view.ts';

/** What a single-agreement agent decides (§13.1). */
export interface SingleAgreementPolicy {
  /** Whether `offer` from `partner` is good enough to take now. */
  isAcceptable(offer: LeagueOffer, partner: string, state: LeagueNegotiationState): boolean;
  /** The partner whose offer is best, or null. */
  bestOffer(offers: Readonly<Record<string, LeagueOffer>>): string | null;
  /** Whether `a` is better than `b` in the negotiation with `partner` (part of the reference's interface; see below). */
  isBetter(a: LeagueOffer, b: LeagueOffer, partner: string, state: LeagueNegotiationState): boolean;
  /** Called every morning before the base's own reset. */
  beforeStep?(): void;
}

/** Every outcome of `issues` in enumeration order: quantity, then delivery day, then unit price, ascending. */
export function enumerateOutcomes(issues: LeagueIssues): LeagueOffer[] {
  const out: LeagueOffer[] = [];
  for (let quantity = issues.quantity.min; quantity <= issues.quantity.max; quantity++) {
    for (let deliveryDay = issues.deliveryDay.min; deliveryDay <= issues.deliveryDay.max; deliveryDay++) {
      for (let unitPrice = issues.unitPrice.min; unitPrice <= issues.unitPrice.max; unitPrice++) {
        out.push({ quantity, deliveryDay, unitPrice });
      }
    }
  }
  return out;
}

/** Whether every value of `offer` lies in its issue's range. */
export function offerWithin(offer: LeagueOffer, issues: LeagueIssues): boolean {
  const inside = (v: number, r: { readonly min: number; readonly max: number }): boolean =>
    v >= r.min && v <= r.max;
  return (
    inside(offer.quantity, issues.quantity) &&
    inside(offer.deliveryDay, issues.deliveryDay) &&
    inside(offer.unitPrice, issues.unitPrice)
  );
}

function issuesWith(view: LeagueView, partner: string): LeagueIssues | null {
  return view.myConsumers.includes(partner) ? view.currentOutputIssues : view.currentInputIssues;
}

/**
 * The single-agreement sync agent (NegMAS SAOSingleAgreementController's algorithm, non-strict):
 * - counter_all: the partner named by `bestOffer` is accepted if `isAcceptable`, and every other
 *   negotiation ends. Otherwise every offer is rejected: the best partner is sent the best outcome
 *   (highest single-offer profit of its negotiation, first in enumeration order on ties), the others the
 *   best offer received if it lies in their issues, else their best outcome.
 * - first proposals: the best outcome to every partner.
 * - Our reading: once an agreement is signed today, every remaining negotiation is ended.
 * - Not supported: `strict` mode, which in the reference answers "no response" to keep a single offer
 *   outstanding; the league sync API has no such answer, so `isBetter` is not used by this base.
 */
export function singleAgreementAgent(ctx: LeagueAgentContext, policy: SingleAgreementPolicy): SyncAgent {
  const { view } = ctx;
  let agreed = false;
  // Best outcome per issues object (the day's issues are shared by every negotiation on a side).
  let bestCache = new Map<LeagueIssues, LeagueOffer | null>();

  const bestOutcome = (partner: string): LeagueOffer | null => {
    const issues = issuesWith(view, partner);
    if (issues === null) return null;
    const cached = bestCache.get(issues);
    if (cached !== undefined) return cached;
    const ufun = ctx.ufun();
    let best: LeagueOffer | null = null;
    let bestU = -Infinity;
    for (const o of enumerateOutcomes(issues)) {
      const u = ufun.evalOffer(partner, o);
      if (best === null || u > bestU) {
        best = o;
        bestU = u;
      }
    }
    bestCache.set(issues, best);
    return best;
  };

  return {
    style: 'sync',
    beforeStep() {
      policy.beforeStep?.();
      agreed = false;
      bestCache = new Map();
    },
    onNegotiationSuccess() {
      agreed = true;
    },
    firstProposals() {
      const out: Record<string, LeagueOffer | null> = {};
      for (const p of view.todaysPartners) out[p] = agreed ? null : bestOutcome(p);
      return out;
    },
    counterAll(offers, states) {
      const out: Record<string, LeagueDecision> = {};
      const partners = Object.keys(offers);
      if (agreed || partners.length === 0) return out;
      const best = policy.bestOffer(offers);
      const bestReceived = best === null ? undefined : offers[best];
      const bestState = best === null ? undefined : states[best];
      if (
        best !== null &&
        bestReceived !== undefined &&
        bestState !== undefined &&
        policy.isAcceptable(bestReceived, best, bestState)
      ) {
        out[best] = { response: 'accept', offer: bestReceived };
        return out; // everyone else is ended
      }
      for (const p of partners) {
        const issues = issuesWith(view, p);
        const forward =
          p !== best && bestReceived !== undefined && issues !== null && offerWithin(bestReceived, issues);
        out[p] = { response: 'reject', offer: forward ? bestReceived : bestOutcome(p) };
      }
      return out;
    },
  };
}

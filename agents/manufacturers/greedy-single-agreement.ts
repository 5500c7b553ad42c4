// league-rules.md §15.1 GreedySingleAgreementAgent (scml: src/scml/oneshot/agents/greedy.py): one agreement
// a day, with the most profitable offer once its normalised profit reaches 1 − relative time.
import { defineLeagueAgent } from '../../worlds/base/league-agent.ts';
import type { LeagueOffer } from '../../worlds/base/league-types.ts';
import { singleAgreementAgent } from '../components/single-agreement.ts';

/** (u − min)/(max − min) >= 1 − t; our choice when max <= min: acceptable iff u >= max. */
export function normalisedAcceptable(u: number, min: number, max: number, relativeTime: number): boolean {
  if (max <= min) return u >= max;
  return (u - min) / (max - min) >= 1 - relativeTime;
}

export const greedySingleAgreement = defineLeagueAgent({
  name: 'GreedySingleAgreement',
  description:
    'Single-agreement greedy agent (scml GreedySingleAgreementAgent): takes the most profitable offer once good enough',
  worlds: ['oneshot'],
  create(ctx) {
    let min = 0;
    let max = 0;
    const u = (partner: string, offer: LeagueOffer): number => ctx.ufun().evalOffer(partner, offer);
    return singleAgreementAgent(ctx, {
      beforeStep() {
        const ufun = ctx.ufun();
        max = ufun.findLimit(true).utility;
        min = ufun.findLimit(false).utility;
      },
      isAcceptable: (offer, partner, state) =>
        normalisedAcceptable(u(partner, offer), min, max, state.relativeTime),
      bestOffer(offers) {
        // The highest single-offer profit; the first in the offers' order on ties (our reading).
        let best: string | null = null;
        let bestU = -Infinity;
        for (const p of Object.keys(offers)) {
          const v = u(p, offers[p] as LeagueOffer);
          if (best === null || v > bestU) {
            best = p;
            bestU = v;
          }
        }
        return best;
      },
      isBetter: (a, b, partner) => u(partner, a) > u(partner, b),
    });
  },
});

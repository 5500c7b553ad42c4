// league-rules.md §15.1 SingleAgreementRandomAgent (scml: src/scml/oneshot/agents/rand.py): a single-agreement
// agent that accepts with probability 0.1, picks the best offer uniformly and compares by a fair coin.
import { defineLeagueAgent } from '../../worlds/base/league-agent.ts';
import { singleAgreementAgent } from '../components/single-agreement.ts';

export const singleAgreementRandom = defineLeagueAgent({
  name: 'SingleAgreementRandom',
  description:
    'Random single-agreement agent (scml SingleAgreementRandomAgent): accepts a random offer 10 % of the time',
  worlds: ['oneshot'],
  create(ctx) {
    const { rng } = ctx;
    return singleAgreementAgent(ctx, {
      isAcceptable: () => rng.next() < 0.1,
      bestOffer(offers) {
        const partners = Object.keys(offers);
        return partners.length === 0 ? null : rng.pick(partners);
      },
      isBetter: () => rng.next() < 0.5,
    });
  },
});

// negotiation.md B.4 "Tough" (NegMAS 0.11.6 `ToughNegotiator`, src/negmas/gb/negotiators/tough.py):
// offers only its best outcome; accepts iff u(offer) >= u_max - 1e-10.
import type { NegotiatorFactory } from '../../src/negotiation/negotiator-factory.ts';
import { OutcomeLadder } from '../components/outcome-ladder.ts';

/** Offers its best outcome every time and accepts only (numerically) best outcomes. */
export const toughNegotiator: NegotiatorFactory = {
  name: 'tough',
  description: 'Offers only its best outcome; accepts only outcomes as good as it',
  create(ctx) {
    const ladder = OutcomeLadder.of(ctx.space, ctx.ufun);
    const best = ladder.best;
    const threshold = ladder.maxUtility - 1e-10;
    return {
      propose: () => best,
      respond: (_state, offer) => (ctx.ufun.eval(offer) >= threshold ? 'accept' : 'reject'),
    };
  },
};

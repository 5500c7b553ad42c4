// negotiation.md B.4 "Nice" (NegMAS 0.11.6 `NiceNegotiator`, src/negmas/gb/negotiators/randneg.py):
// random offers, accepts everything.
import type { NegotiatorFactory } from '../../src/negotiation/negotiator-factory.ts';

/** Offers uniformly random outcomes and accepts every offer. */
export const niceNegotiator: NegotiatorFactory = {
  name: 'nice',
  description: 'Random offers; accepts every offer',
  create: (ctx) => ({
    propose: () => ctx.space.randomOutcome(ctx.rng),
    respond: () => 'accept',
  }),
};

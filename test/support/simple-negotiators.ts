import type { Outcome } from '../../src/negotiation/issue.ts';
import type { NegotiatorFactory } from '../../src/negotiation/negotiator-factory.ts';
import type { SaoNegotiator } from '../../src/negotiation/sao-types.ts';
import { sortOutcomesByUtility } from '../../src/negotiation/sorted-outcomes.ts';

/**
 * Test-only negotiators for negotiation and tournament tests (the real ones live in agents/negotiators).
 * `concede` targets u_max − t·(u_max − u_min) over its sorted outcomes; `random` offers random outcomes
 * and accepts anything at or above its reserved value with probability 1/2; `hardliner` insists on its
 * best outcome.
 */
export function concedeLinearly(name = 'concede', exponent = 1): NegotiatorFactory {
  return {
    name,
    description: 'concedes over its sorted outcomes on a polynomial curve',
    create(ctx): SaoNegotiator<Outcome> {
      const sorted = sortOutcomesByUtility(ctx.ufun, ctx.space.enumerate());
      const max = sorted.utilities[sorted.size - 1] as number;
      const min = Math.max(sorted.utilities[0] as number, ctx.ufun.reservedValue);
      const target = (t: number): number => max - Math.pow(t, exponent) * (max - min);
      return {
        propose: (state) => sorted.lowestAtLeast(target(state.relativeTime)) ?? sorted.best,
        respond: (state, offer) => (ctx.ufun.eval(offer) >= target(state.relativeTime) ? 'accept' : 'reject'),
      };
    },
  };
}

export function randomNegotiator(name = 'random'): NegotiatorFactory {
  return {
    name,
    description: 'random offers, accepts rational offers half of the time',
    create(ctx): SaoNegotiator<Outcome> {
      return {
        propose: () => ctx.space.randomOutcome(ctx.rng),
        respond: (_state, offer) =>
          ctx.ufun.eval(offer) >= ctx.ufun.reservedValue && ctx.rng.next() < 0.5 ? 'accept' : 'reject',
      };
    },
  };
}

export function hardliner(name = 'hardliner'): NegotiatorFactory {
  return {
    name,
    description: 'always offers its best outcome and accepts nothing less',
    create(ctx): SaoNegotiator<Outcome> {
      const sorted = sortOutcomesByUtility(ctx.ufun, ctx.space.enumerate());
      const best = sorted.utilities[sorted.size - 1] as number;
      return {
        propose: () => sorted.best,
        respond: (_state, offer) => (ctx.ufun.eval(offer) >= best ? 'accept' : 'reject'),
      };
    },
  };
}

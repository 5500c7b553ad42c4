// negotiation.md B.4 "Top fraction" (NegMAS 0.11.6 `TopFractionNegotiator`, src/negmas/gb/negotiators/tough.py):
// first the best outcome, then a uniformly random member of T = the max(2, ⌊f·N⌋ + 1) best outcomes;
// accepts iff the offer is in T (the min_utility threshold is not applied, as in NegMAS).
import type { Outcome } from '../../src/negotiation/issue.ts';
import type { NegotiatorContext, NegotiatorFactory } from '../../src/negotiation/negotiator-factory.ts';
import type { SaoNegotiator } from '../../src/negotiation/sao-types.ts';
import { OutcomeLadder } from '../components/outcome-ladder.ts';
import { outcomeKeyer } from '../components/outcome-key.ts';

export interface TopFractionOptions {
  /** Registry name; default 'top-fraction'. */
  readonly name?: string;
  /** f; default 0.05. */
  readonly topFraction?: number;
}

/** The NegMAS top-fraction negotiator (B.4). */
export function topFractionNegotiator(options: TopFractionOptions = {}): NegotiatorFactory {
  const fraction = options.topFraction ?? 0.05;
  return {
    name: options.name ?? 'top-fraction',
    description: `Offers at random among its top ${fraction * 100} % of outcomes (at least two) and accepts only those`,
    create(ctx: NegotiatorContext): SaoNegotiator<Outcome> {
      const ladder = OutcomeLadder.of(ctx.space, ctx.ufun);
      const n = ladder.size;
      const size = Math.min(n, Math.max(2, Math.floor(fraction * n) + 1));
      const top: Outcome[] = [];
      for (let i = 0; i < size; i++) top.push(ladder.at(ladder.bestIndex - i)); // best-first
      const key = outcomeKeyer(ctx.space);
      const members = new Set(top.map(key));
      let offered = false;
      return {
        propose(): Outcome {
          if (!offered) {
            offered = true;
            return ladder.best;
          }
          return ctx.rng.pick(top);
        },
        respond: (_state, offer) => (members.has(key(offer)) ? 'accept' : 'reject'),
      };
    },
  };
}

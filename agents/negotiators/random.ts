// negotiation.md B.4 "Random" (NegMAS 0.11.6 `RandomNegotiator`, src/negmas/gb/negotiators/randneg.py):
// uniform random offers; each response drawn as accept / reject / end / no response.
import type { Outcome } from '../../src/negotiation/issue.ts';
import type { NegotiatorContext, NegotiatorFactory } from '../../src/negotiation/negotiator-factory.ts';
import type { SaoNegotiator, SaoResponse, SaoState } from '../../src/negotiation/sao-types.ts';

export interface RandomOptions {
  /** Registry name; default 'random' ('random-always-accepting' with `acceptAtEnd`). */
  readonly name?: string;
  /** p_a, p_r, p_e; defaults 0.15, 0.75, 0.10 (the rest is NO_RESPONSE). */
  readonly pAccept?: number;
  readonly pReject?: number;
  readonly pEnd?: number;
  /** Random-always-accepting: accept anything once step >= n_steps - 1 (no draw then, our choice). */
  readonly acceptAtEnd?: boolean;
}

/** The NegMAS random negotiator (B.4), optionally always accepting in the last round. */
export function randomNegotiator(options: RandomOptions = {}): NegotiatorFactory {
  const pa = options.pAccept ?? 0.15;
  const pr = pa + (options.pReject ?? 0.75);
  const pe = pr + (options.pEnd ?? 0.1);
  const acceptAtEnd = options.acceptAtEnd ?? false;
  return {
    name: options.name ?? (acceptAtEnd ? 'random-always-accepting' : 'random'),
    description: `Random offers; accepts with probability ${pa}${acceptAtEnd ? ', and always in the last round' : ''}`,
    create(ctx: NegotiatorContext): SaoNegotiator<Outcome> {
      return {
        propose: () => ctx.space.randomOutcome(ctx.rng),
        respond(state: SaoState<Outcome>): SaoResponse {
          if (acceptAtEnd && state.step >= state.nSteps - 1) return 'accept';
          const x = ctx.rng.next();
          return x <= pa ? 'accept' : x <= pr ? 'reject' : x <= pe ? 'end' : 'skip';
        },
      };
    },
  };
}

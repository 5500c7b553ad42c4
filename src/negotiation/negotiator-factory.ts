import type { Rng } from '../core/rng.ts';
import type { Outcome } from './issue.ts';
import type { OutcomeSpace } from './outcome-space.ts';
import type { SaoNegotiator } from './sao-types.ts';
import type { UtilityFunction } from './utility-function.ts';

/** Everything a negotiator is told when it joins a negotiation. */
export interface NegotiatorContext {
  readonly space: OutcomeSpace;
  readonly ufun: UtilityFunction<Outcome>;
  readonly nSteps: number;
  /** Its own seeded stream (derived from the negotiation's path). */
  readonly rng: Rng;
  /** Its position in the negotiation (0 opens). */
  readonly index: number;
}

/** A named negotiator type: makes one fresh negotiator per negotiation. */
export interface NegotiatorFactory {
  readonly name: string;
  readonly description: string;
  create(context: NegotiatorContext): SaoNegotiator<Outcome>;
}

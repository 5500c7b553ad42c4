// negotiation.md B.5/B.6: an opponent model is updated with every opponent offer and estimates the
// opponent's utility of an outcome, in [0, 1].
import type { Outcome } from '../../src/negotiation/issue.ts';

/** A model of the opponent's utility function learnt from its offers. */
export interface OpponentModel {
  /** Records one opponent offer. */
  update(offer: Outcome): void;
  /** Estimated opponent utility of `outcome`, in [0, 1]. */
  eval(outcome: Outcome): number;
}

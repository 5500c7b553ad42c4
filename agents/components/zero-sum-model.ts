// negotiation.md B.6 "Zero-sum model" (NegMAS models/ufun.py `ZeroSumModel`): the opponent's utility is
// the complement of our own, normalised over [u_worst, u_max] (our choice of normalisation).
import type { Outcome } from '../../src/negotiation/issue.ts';
import type { OutcomeSpace } from '../../src/negotiation/outcome-space.ts';
import type { UtilityFunction } from '../../src/negotiation/utility-function.ts';
import type { OpponentModel } from './opponent-model.ts';
import { OutcomeLadder } from './outcome-ladder.ts';

/** Assumes the opponent wants exactly the opposite of us; learns nothing. */
export class ZeroSumModel implements OpponentModel {
  readonly #ufun: UtilityFunction<Outcome>;
  readonly #max: number;
  readonly #range: number;

  constructor(space: OutcomeSpace, ufun: UtilityFunction<Outcome>) {
    const ladder = OutcomeLadder.of(space, ufun);
    this.#ufun = ufun;
    this.#max = ladder.maxUtility;
    this.#range = ladder.maxUtility - ladder.minUtility;
  }

  update(): void {}

  eval(outcome: Outcome): number {
    if (!(this.#range > 0)) return 0.5; // every outcome equally good for us (our choice)
    const v = (this.#max - this.#ufun.eval(outcome)) / this.#range;
    return v < 0 ? 0 : v > 1 ? 1 : v;
  }
}

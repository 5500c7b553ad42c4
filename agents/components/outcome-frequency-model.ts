// negotiation.md B.6 "Outcome frequency model" (NegMAS `FrequencyUFunModel`): u_o(ω) = count(ω) /
// max count over offered outcomes; unseen outcomes 0; 0.5 before any offer.
import type { Outcome } from '../../src/negotiation/issue.ts';
import type { OutcomeSpace } from '../../src/negotiation/outcome-space.ts';
import type { OpponentModel } from './opponent-model.ts';
import { outcomeKeyer } from './outcome-key.ts';

/** Estimates the opponent's utility by how often it offered each whole outcome. */
export class OutcomeFrequencyModel implements OpponentModel {
  readonly #key: (o: Outcome) => string;
  readonly #counts = new Map<string, number>();
  #max = 0;

  constructor(space: OutcomeSpace) {
    this.#key = outcomeKeyer(space);
  }

  update(offer: Outcome): void {
    const k = this.#key(offer);
    const c = (this.#counts.get(k) ?? 0) + 1;
    this.#counts.set(k, c);
    if (c > this.#max) this.#max = c;
  }

  eval(outcome: Outcome): number {
    if (this.#max === 0) return 0.5;
    return (this.#counts.get(this.#key(outcome)) ?? 0) / this.#max;
  }
}

// negotiation.md B.6 "HardHeaded frequency model" (GENIUS `HardHeadedFrequencyModel`, Krimpen, Looije &
// Hajizadeh, ANAC 2011): issue weights start at 1/n and gain g = learning_coef / n (0.2 / n) when the
// opponent keeps an issue's value; value counts start at 1 (our choice); score = count / max count.
import type { IssueValue, Outcome } from '../../src/negotiation/issue.ts';
import type { OutcomeSpace } from '../../src/negotiation/outcome-space.ts';
import { IssueValueCounts } from './issue-value-counts.ts';
import type { OpponentModel } from './opponent-model.ts';

/** The HardHeaded opponent model: unchanged issues matter more, frequent values score higher. */
export class HardHeadedFrequencyModel implements OpponentModel {
  readonly #counts: IssueValueCounts;
  readonly #weights: Float64Array;
  readonly #gain: number;
  #previous: IssueValue[] | null = null;

  constructor(space: OutcomeSpace, options: { readonly learningCoef?: number } = {}) {
    const n = space.issues.length;
    this.#counts = new IssueValueCounts(space);
    this.#weights = new Float64Array(n).fill(1 / n);
    this.#gain = (options.learningCoef ?? 0.2) / n;
  }

  /** The current issue weights (summing to 1). */
  get weights(): readonly number[] {
    return Array.from(this.#weights);
  }

  update(offer: Outcome): void {
    const counts = this.#counts;
    const slots = counts.issues.map((issue, i) => counts.slot(i, offer[issue.name]));
    const previous = this.#previous;
    if (previous !== null) {
      // The first offer has nothing to compare with: no weight update (our choice).
      const unchanged = slots.map((v, i) => v === previous[i]);
      const nU = unchanged.filter(Boolean).length;
      const g = this.#gain;
      const w = this.#weights;
      for (let i = 0; i < w.length; i++)
        w[i] = ((w[i] as number) + (unchanged[i] === true ? g : 0)) / (1 + g * nU);
    }
    counts.add(offer);
    this.#previous = slots;
  }

  eval(outcome: Outcome): number {
    const counts = this.#counts;
    let u = 0;
    counts.issues.forEach((issue, i) => {
      // Every value starts at count 1, so unseen values score 1 / (1 + max).
      u += (this.#weights[i] as number) * ((1 + counts.count(i, outcome[issue.name])) / (1 + counts.max(i)));
    });
    return u;
  }
}

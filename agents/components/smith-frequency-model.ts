// negotiation.md B.6 "Smith frequency model" (van Galen Last 2012; seed 003 eq. 13, [reconstructed]):
// ŵ_i = max_j freq(v_ij) / Σ_j freq(v_ij), ê(v_ij) = freq(v_ij) / Σ_k freq(v_ik); assembled with ŵ
// rescaled to sum to 1 and u_o(ω) = Σ_i ŵ_i ê(ω_i) / max_k ê(v_ik) (our choice, after seed 003 eq. 5).
import type { Outcome } from '../../src/negotiation/issue.ts';
import type { OutcomeSpace } from '../../src/negotiation/outcome-space.ts';
import { IssueValueCounts } from './issue-value-counts.ts';
import type { OpponentModel } from './opponent-model.ts';

/** The Smith frequency model: issues where the opponent repeats itself weigh more. */
export class SmithFrequencyModel implements OpponentModel {
  readonly #counts: IssueValueCounts;

  constructor(space: OutcomeSpace) {
    this.#counts = new IssueValueCounts(space);
  }

  /** The issue weights ŵ rescaled to sum to 1 (uniform before any offer). */
  get weights(): readonly number[] {
    const counts = this.#counts;
    const n = counts.issues.length;
    if (counts.offers === 0) return counts.issues.map(() => 1 / n);
    // Every offer counts one value per issue, so Σ_j freq(v_ij) is the number of offers.
    const raw = counts.issues.map((_, i) => counts.max(i) / counts.offers);
    const total = raw.reduce((s, w) => s + w, 0);
    return raw.map((w) => w / total);
  }

  update(offer: Outcome): void {
    this.#counts.add(offer);
  }

  eval(outcome: Outcome): number {
    const counts = this.#counts;
    if (counts.offers === 0) return 0.5; // before any offer, as the outcome-frequency model (our choice)
    const weights = this.weights;
    let u = 0;
    counts.issues.forEach((issue, i) => {
      // ê(ω_i) / max_k ê(v_ik) = freq(ω_i) / max freq on the issue.
      u += (weights[i] as number) * (counts.count(i, outcome[issue.name]) / counts.max(i));
    });
    return u;
  }
}

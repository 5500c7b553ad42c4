// negotiation.md B.6: per-issue counts of the values an opponent offered, shared by the HardHeaded and
// Smith frequency models; continuous issues are counted on 10 levels (as NegMAS discretises them).
import type { Issue, IssueValue, Outcome } from '../../src/negotiation/issue.ts';
import type { OutcomeSpace } from '../../src/negotiation/outcome-space.ts';

/** How often each value of each issue was offered, with per-issue maxima and totals. */
export class IssueValueCounts {
  readonly issues: readonly Issue[];
  readonly #counts: Map<IssueValue, number>[];
  readonly #max: Float64Array;
  readonly #levels: number;
  #offers = 0;

  constructor(space: OutcomeSpace, options: { readonly levels?: number } = {}) {
    this.issues = space.issues;
    this.#counts = space.issues.map(() => new Map());
    this.#max = new Float64Array(space.issues.length);
    this.#levels = options.levels ?? 10;
  }

  /** Number of offers recorded. */
  get offers(): number {
    return this.#offers;
  }

  /** Counts every value of `offer` once. */
  add(offer: Outcome): void {
    this.#offers++;
    this.issues.forEach((issue, i) => {
      const v = this.slot(i, offer[issue.name]);
      const counts = this.#counts[i] as Map<IssueValue, number>;
      const c = (counts.get(v) ?? 0) + 1;
      counts.set(v, c);
      if (c > (this.#max[i] as number)) this.#max[i] = c;
    });
  }

  /** How often issue i's value `value` was offered. */
  count(i: number, value: IssueValue | undefined): number {
    return this.#counts[i]?.get(this.slot(i, value)) ?? 0;
  }

  /** The largest count on issue i. */
  max(i: number): number {
    return this.#max[i] ?? 0;
  }

  /** The value under which `value` is counted: continuous values snap to the nearest of the levels. */
  slot(i: number, value: IssueValue | undefined): IssueValue {
    const issue = this.issues[i];
    if (value === undefined || issue === undefined) return '';
    if (issue.kind !== 'continuous' || typeof value !== 'number' || issue.max === issue.min) return value;
    const k = Math.round(((value - issue.min) / (issue.max - issue.min)) * (this.#levels - 1));
    return Math.min(this.#levels - 1, Math.max(0, k));
  }
}

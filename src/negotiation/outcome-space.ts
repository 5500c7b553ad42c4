import type { Rng } from '../core/rng.ts';
import {
  type Issue,
  type IssueValue,
  type Outcome,
  issueCardinality,
  issueContains,
  issueValues,
} from './issue.ts';

/**
 * A Cartesian outcome space over named issues: membership checks, size, enumeration of discrete
 * spaces (continuous issues discretised), and uniform random outcomes from a given stream.
 */
export class OutcomeSpace {
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[]) {
    if (issues.length === 0) throw new RangeError('an outcome space needs at least one issue');
    const names = issues.map((i) => i.name);
    if (new Set(names).size !== names.length)
      throw new RangeError(`issue names must be distinct: ${names.join(', ')}`);
    this.issues = issues.slice();
  }

  /** Whether the outcome has exactly this space's issues, each with a valid value. */
  contains(outcome: unknown): outcome is Outcome {
    if (outcome === null || typeof outcome !== 'object' || Array.isArray(outcome)) return false;
    const record = outcome as Record<string, unknown>;
    for (const issue of this.issues) if (!issueContains(issue, record[issue.name])) return false;
    return Object.keys(record).length === this.issues.length;
  }

  /** Number of outcomes (Infinity with a continuous issue). */
  get cardinality(): number {
    let n = 1;
    for (const issue of this.issues) n *= issueCardinality(issue);
    return n;
  }

  /** Whether every issue has finitely many values. */
  get isDiscrete(): boolean {
    return Number.isFinite(this.cardinality);
  }

  /**
   * Every outcome, in lexicographic order of the issues' values (first issue slowest). Continuous issues
   * are cut into `levels` values. Throws above `limit` outcomes rather than exhausting memory.
   */
  enumerate(options: { levels?: number; limit?: number } = {}): Outcome[] {
    const levels = options.levels ?? 10;
    const limit = options.limit ?? 10_000_000;
    const values = this.issues.map((i) => issueValues(i, levels));
    const total = values.reduce((n, v) => n * v.length, 1);
    if (total > limit)
      throw new RangeError(`outcome space has ${total} outcomes, more than the limit of ${limit}`);
    const names = this.issues.map((i) => i.name);
    const out: Outcome[] = [];
    const idx = new Array<number>(names.length).fill(0);
    for (let n = 0; n < total; n++) {
      const o: Record<string, IssueValue> = {};
      for (let k = 0; k < names.length; k++)
        o[names[k] as string] = (values[k] as IssueValue[])[idx[k] as number] as IssueValue;
      out.push(o);
      for (let k = names.length - 1; k >= 0; k--) {
        idx[k] = (idx[k] as number) + 1;
        if ((idx[k] as number) < (values[k] as IssueValue[]).length) break;
        idx[k] = 0;
      }
    }
    return out;
  }

  /** A uniformly random outcome drawn from `rng` (issue by issue, in issue order). */
  randomOutcome(rng: Rng): Outcome {
    const o: Record<string, IssueValue> = {};
    for (const issue of this.issues) {
      switch (issue.kind) {
        case 'integer':
          o[issue.name] = rng.int(issue.min, issue.max);
          break;
        case 'continuous':
          o[issue.name] = rng.real(issue.min, issue.max);
          break;
        case 'discrete':
          o[issue.name] = rng.pick(issue.values);
          break;
      }
    }
    return o;
  }
}

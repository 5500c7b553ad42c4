// negotiation.md B.2 (Faratin, Sierra & Jennings 1998): per-issue ranges [min_j, max_j], scoring
// direction, weights w_j and the linear multi-issue score V(x) = Σ_j w_j V_j(x_j) that the Faratin
// time- and behaviour-dependent tactics work in.
import type { Issue, IssueValue, Outcome } from '../../src/negotiation/issue.ts';
import type { OutcomeSpace } from '../../src/negotiation/outcome-space.ts';
import type { UtilityFunction } from '../../src/negotiation/utility-function.ts';
import { OutcomeLadder } from './outcome-ladder.ts';

/** One numeric issue as a Faratin tactic sees it. */
export interface NumericIssueSpec {
  readonly name: string;
  /** The agent's range on the issue (default: the issue's range). */
  readonly min: number;
  readonly max: number;
  /** w_j; the profile rescales weights to sum to 1. */
  readonly weight: number;
  /** Whether the agent's score grows with the value (a seller on price); false for a buyer on price. */
  readonly increasing: boolean;
}

/**
 * The numeric issues of a space with their ranges, directions and weights, plus the values of the other
 * issues (held at the best outcome's). Builds offers from per-issue values and scores outcomes with V.
 */
export class NumericIssueProfile {
  /** The numeric issues, weights summing to 1 (empty when the space has none). */
  readonly issues: readonly NumericIssueSpec[];
  readonly #space: OutcomeSpace;
  readonly #ufun: UtilityFunction<Outcome>;
  readonly #base: Outcome;
  /** For each issue of the space, its position in `issues`, or -1 when it is held fixed. */
  readonly #slot: Int32Array;
  /** Sorted numeric values of discrete numeric issues (by position in `issues`), else null. */
  readonly #grid: readonly (readonly number[] | null)[];
  /** Whether the issue at each position in `issues` takes integers only. */
  readonly #integer: readonly boolean[];

  /**
   * Infers the profile from the utility function alone (our choice): starting from the best outcome,
   * each numeric issue is moved to its min and to its max; the direction is the better end and the
   * weight the utility difference (equal weights when every difference is 0).
   */
  static infer(space: OutcomeSpace, ufun: UtilityFunction<Outcome>): NumericIssueProfile {
    const best = OutcomeLadder.of(space, ufun).best;
    const specs: NumericIssueSpec[] = [];
    for (const issue of space.issues) {
      const range = numericRange(issue);
      if (range === null) continue;
      const atMin = ufun.eval({ ...best, [issue.name]: range[0] });
      const atMax = ufun.eval({ ...best, [issue.name]: range[1] });
      const diff = atMax - atMin;
      const value = best[issue.name];
      const mid = (range[0] + range[1]) / 2;
      const increasing = diff > 0 || (!(diff < 0) && typeof value === 'number' && value >= mid);
      specs.push({
        name: issue.name,
        min: range[0],
        max: range[1],
        weight: Number.isFinite(diff) ? Math.abs(diff) : 0,
        increasing,
      });
    }
    return new NumericIssueProfile(space, ufun, specs);
  }

  /** A profile from explicit specs; issues not named are held at the best outcome's values. */
  constructor(space: OutcomeSpace, ufun: UtilityFunction<Outcome>, specs: readonly NumericIssueSpec[]) {
    this.#space = space;
    this.#ufun = ufun;
    this.#base = OutcomeLadder.of(space, ufun).best;
    const total = specs.reduce((s, x) => s + Math.max(0, x.weight), 0);
    this.issues = specs.map((s) => ({
      ...s,
      weight: total > 0 ? Math.max(0, s.weight) / total : 1 / specs.length,
    }));
    this.#slot = new Int32Array(space.issues.length).fill(-1);
    const grid: (readonly number[] | null)[] = [];
    const integer: boolean[] = [];
    this.issues.forEach((spec, j) => {
      const k = space.issues.findIndex((i) => i.name === spec.name);
      const issue = space.issues[k];
      const range = issue === undefined ? null : numericRange(issue);
      if (issue === undefined || range === null)
        throw new RangeError(`issue '${spec.name}' is not a numeric issue of the space`);
      if (
        !(spec.min <= spec.max) ||
        (issue.kind !== 'discrete' && (spec.min < range[0] || spec.max > range[1]))
      ) {
        throw new RangeError(
          `range [${spec.min}, ${spec.max}] of issue '${spec.name}' must lie inside [${range[0]}, ${range[1]}]`,
        );
      }
      this.#slot[k] = j;
      grid.push(issue.kind === 'discrete' ? (issue.values as number[]).slice().sort((a, b) => a - b) : null);
      integer.push(issue.kind === 'integer');
    });
    this.#grid = grid;
    this.#integer = integer;
  }

  /** Faratin's x_j at concession α ∈ [0, 1] (0 = own best end, 1 = own worst end), before snapping. */
  valueAt(j: number, alpha: number): number {
    const s = this.#spec(j);
    return s.increasing ? s.min + (1 - alpha) * (s.max - s.min) : s.min + alpha * (s.max - s.min);
  }

  /** Clamps a value into issue j's range and onto its issue's grid (integers rounded, list values nearest). */
  snap(j: number, value: number): number {
    const s = this.#spec(j);
    const v = value < s.min ? s.min : value > s.max ? s.max : value;
    const grid = this.#grid[j];
    if (grid !== null && grid !== undefined) return nearest(grid, v);
    // The range lies inside the issue's integer bounds (checked on construction), so rounding stays valid.
    return this.#integer[j] === true ? Math.round(v) : v;
  }

  /** The outcome with numeric values `values` (one per profile issue, snapped) and the other issues fixed. */
  compose(values: ArrayLike<number>): Outcome {
    const o: Record<string, IssueValue> = {};
    const issues = this.#space.issues;
    for (let k = 0; k < issues.length; k++) {
      const name = (issues[k] as Issue).name;
      const j = this.#slot[k] as number;
      o[name] = j < 0 ? (this.#base[name] as IssueValue) : this.snap(j, values[j] as number);
    }
    return o;
  }

  /** V(x) = Σ_j w_j V_j(x_j) with linear V_j over [min_j, max_j]; the utility itself when no issue is numeric. */
  score(outcome: Outcome): number {
    if (this.issues.length === 0) return this.#ufun.eval(outcome);
    let v = 0;
    for (const s of this.issues) {
      const x = outcome[s.name];
      if (typeof x !== 'number') continue;
      const f =
        s.max === s.min ? 1 : s.increasing ? (x - s.min) / (s.max - s.min) : (s.max - x) / (s.max - s.min);
      v += s.weight * (f < 0 ? 0 : f > 1 ? 1 : f);
    }
    return v;
  }

  #spec(j: number): NumericIssueSpec {
    const s = this.issues[j];
    if (s === undefined) throw new RangeError(`no numeric issue at position ${j}`);
    return s;
  }
}

/** [min, max] of an integer, continuous or all-number discrete issue; null for a categorical one. */
function numericRange(issue: Issue): [number, number] | null {
  if (issue.kind !== 'discrete') return [issue.min, issue.max];
  if (!issue.values.every((v) => typeof v === 'number')) return null;
  const vs = issue.values as readonly number[];
  return [Math.min(...vs), Math.max(...vs)];
}

function nearest(sorted: readonly number[], v: number): number {
  let best = sorted[0] as number;
  for (const x of sorted) if (Math.abs(x - v) < Math.abs(best - v)) best = x;
  return best;
}

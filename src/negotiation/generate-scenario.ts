import { type Rng, createRng } from '../core/rng.ts';
import { type Issue, discreteIssue } from './issue.ts';
import type { LinearAdditiveSpec } from './linear-additive-utility.ts';
import type { Scenario } from './scenario.ts';

/** How opposed the two generated profiles are (negotiation.md A.6 opposition level). */
export type OppositionTarget = 'low' | 'medium' | 'high';

export interface GenerateScenarioOptions {
  readonly nIssues: number;
  /** Values per issue: one count for all issues, or one per issue. */
  readonly valuesPerIssue: number | readonly number[];
  readonly opposition: OppositionTarget;
  readonly seed: string | number;
  /** Default: `generated-<outcomes>-<opposition>`. */
  readonly name?: string;
  /** Default: drawn uniformly in [0, 0.3] and rounded to two decimals (our choice). */
  readonly reservedValues?: readonly [number, number];
}

/**
 * A bilateral GENIUS-style scenario (negotiation.md A.5, D.1): discrete issues `issue1…` with values
 * `v1…`, and two linear additive profiles with integer evaluations 1…k per issue (the loader divides
 * them by the issue's maximum) and weights summing to 1. The second profile is built from the first
 * (our choice): 'high' reverses every issue's ranking and keeps similar weights (close to zero-sum);
 * 'medium' draws independent rankings and weights; 'low' keeps the first profile's rankings, moves
 * each issue's top value with probability 1/2 and draws independent weights.
 */
export function generateScenario(options: GenerateScenarioOptions): Scenario {
  const { nIssues, opposition } = options;
  if (!Number.isInteger(nIssues) || nIssues < 1)
    throw new RangeError(`nIssues must be a positive integer, got ${nIssues}`);
  const counts =
    typeof options.valuesPerIssue === 'number'
      ? new Array<number>(nIssues).fill(options.valuesPerIssue)
      : options.valuesPerIssue.slice();
  if (counts.length !== nIssues)
    throw new RangeError(`valuesPerIssue needs ${nIssues} counts, got ${counts.length}`);
  for (const c of counts)
    if (!Number.isInteger(c) || c < 1)
      throw new RangeError(`value counts must be positive integers, got ${c}`);
  const rng = createRng(options.seed).derive('generate-scenario');
  const issues: Issue[] = counts.map((c, i) =>
    discreteIssue(
      `issue${i + 1}`,
      Array.from({ length: c }, (_, v) => `v${v + 1}`),
    ),
  );
  const ranksA = counts.map((c) => rng.shuffle(Array.from({ length: c }, (_, v) => v + 1)));
  const weightsA = randomWeights(rng, nIssues);
  let ranksB: number[][];
  let weightsB: number[];
  switch (opposition) {
    case 'high':
      ranksB = ranksA.map((ranks) => ranks.map((e) => ranks.length + 1 - e));
      weightsB = normalise(weightsA.map((w) => w * rng.real(0.8, 1.2)));
      break;
    case 'medium':
      ranksB = counts.map((c) => rng.shuffle(Array.from({ length: c }, (_, v) => v + 1)));
      weightsB = randomWeights(rng, nIssues);
      break;
    case 'low': {
      // Each issue's top value moves with probability 1/2, and at least one moves (no shared best outcome).
      const moves = counts.map((c) => c > 1 && rng.next() < 0.5);
      const movable = counts.flatMap((c, i) => (c > 1 ? [i] : []));
      if (!moves.includes(true) && movable.length > 0) moves[rng.pick(movable)] = true;
      ranksB = ranksA.map((ranks, i) => (moves[i] ? moveTop(rng, ranks) : ranks.slice()));
      weightsB = randomWeights(rng, nIssues);
      break;
    }
  }
  const reserved = options.reservedValues ?? [reservedDraw(rng), reservedDraw(rng)];
  const total = counts.reduce((a, b) => a * b, 1);
  return {
    name: options.name ?? `generated-${total}-${opposition}`,
    description: `${nIssues} issue(s), ${total} outcomes, ${opposition} opposition, seed ${options.seed}`,
    issues,
    ufuns: [profile(issues, weightsA, ranksA), profile(issues, weightsB, ranksB)],
    reservedValues: [reserved[0], reserved[1]],
  };
}

function profile(
  issues: readonly Issue[],
  weights: readonly number[],
  ranks: readonly (readonly number[])[],
): LinearAdditiveSpec {
  const w: Record<string, number> = {};
  const evaluations: Record<string, Record<string, number>> = {};
  issues.forEach((issue, i) => {
    w[issue.name] = weights[i] as number;
    const table: Record<string, number> = {};
    (ranks[i] as readonly number[]).forEach((e, v) => (table[`v${v + 1}`] = e));
    evaluations[issue.name] = table;
  });
  return { type: 'genius', weights: w, evaluations };
}

function randomWeights(rng: Rng, n: number): number[] {
  return normalise(Array.from({ length: n }, () => rng.real(0.1, 1)));
}

function normalise(weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => w / sum);
}

function reservedDraw(rng: Rng): number {
  return Math.round(rng.real(0, 0.3) * 100) / 100;
}

/** Swaps the top-ranked value with another value chosen uniformly. */
function moveTop(rng: Rng, ranks: readonly number[]): number[] {
  const out = ranks.slice();
  const top = out.indexOf(out.length);
  const other = rng.int(0, out.length - 2);
  const at = other >= top ? other + 1 : other;
  out[top] = out[at] as number;
  out[at] = out.length;
  return out;
}

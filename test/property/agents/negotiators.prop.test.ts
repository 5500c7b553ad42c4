import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEGOTIATOR_CATALOG } from '../../../agents/negotiators/catalog.ts';
import {
  continuousIssue,
  discreteIssue,
  integerIssue,
  type Issue,
  type Outcome,
} from '../../../src/negotiation/issue.ts';
import { OutcomeSpace } from '../../../src/negotiation/outcome-space.ts';
import type { SaoResult } from '../../../src/negotiation/sao-types.ts';
import type { UtilityFunction } from '../../../src/negotiation/utility-function.ts';
import { runPair } from '../../support/tiny-negotiation.ts';

type IssueShape = { kind: 'integer'; max: number } | { kind: 'continuous' } | { kind: 'categorical' };
interface Preference {
  readonly weight: number;
  readonly rising: boolean;
  readonly scores: readonly number[]; // for categorical issues
}

const CATEGORIES = ['a', 'b', 'c'] as const;
const unit = fc.double({ min: 0, max: 1, noNaN: true });
const issueShape: fc.Arbitrary<IssueShape> = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 7 }).map((max) => ({ kind: 'integer' as const, max })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'continuous' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'categorical' as const }) },
);
const preference: fc.Arbitrary<Preference> = fc.record({
  weight: unit,
  rising: fc.boolean(),
  scores: fc.array(unit, { minLength: 3, maxLength: 3 }),
});
const reserved = fc.constantFrom(-Infinity, 0, 0.2, 0.5, 2);
const names = NEGOTIATOR_CATALOG.map((f) => f.name);

const scenario = fc.array(issueShape, { minLength: 1, maxLength: 3 }).chain((shapes) =>
  fc.record({
    shapes: fc.constant(shapes),
    prefs: fc.tuple(
      fc.array(preference, { minLength: shapes.length, maxLength: shapes.length }),
      fc.array(preference, { minLength: shapes.length, maxLength: shapes.length }),
    ),
    reserved: fc.tuple(reserved, reserved),
    pair: fc.tuple(
      fc.integer({ min: 0, max: names.length - 1 }),
      fc.integer({ min: 0, max: names.length - 1 }),
    ),
    nSteps: fc.integer({ min: 1, max: 30 }),
    seed: fc.string({ maxLength: 8 }),
  }),
);
type Scenario = typeof scenario extends fc.Arbitrary<infer S> ? S : never;

function buildIssue(shape: IssueShape, k: number): Issue {
  const name = `i${k}`;
  if (shape.kind === 'integer') return integerIssue(name, 0, shape.max);
  if (shape.kind === 'continuous') return continuousIssue(name, 0, 1);
  return discreteIssue(name, CATEGORIES);
}

/** A weighted sum of per-issue scores: linear on numeric issues, a table on categorical ones. */
function buildUfun(
  issues: readonly Issue[],
  prefs: readonly Preference[],
  reservedValue: number,
): UtilityFunction<Outcome> {
  return {
    reservedValue,
    eval(o: Outcome | null): number {
      if (o === null) return reservedValue;
      let u = 0;
      issues.forEach((issue, k) => {
        const p = prefs[k] as Preference;
        const v = o[issue.name];
        if (issue.kind === 'discrete') u += p.weight * (p.scores[CATEGORIES.indexOf(v as 'a')] ?? 0);
        else {
          const f = issue.max === issue.min ? 1 : ((v as number) - issue.min) / (issue.max - issue.min);
          u += p.weight * (p.rising ? f : 1 - f);
        }
      });
      return u;
    },
  };
}

function run(s: Scenario): {
  space: OutcomeSpace;
  ufuns: UtilityFunction<Outcome>[];
  result: SaoResult<Outcome>;
} {
  const issues = s.shapes.map(buildIssue);
  const space = new OutcomeSpace(issues);
  const ufuns = [buildUfun(issues, s.prefs[0], s.reserved[0]), buildUfun(issues, s.prefs[1], s.reserved[1])];
  const [a, b] = s.pair.map((i) => NEGOTIATOR_CATALOG[i]);
  if (a === undefined || b === undefined) throw new Error('pair out of the catalog');
  const result = runPair(
    space,
    { factory: a, ufun: ufuns[0] as UtilityFunction<Outcome> },
    { factory: b, ufun: ufuns[1] as UtilityFunction<Outcome> },
    { nSteps: s.nSteps, seed: s.seed },
  );
  return { space, ufuns, result };
}

// Negotiators that never accept an offer below their reserved value.
const RATIONAL_ACCEPTORS = new Set(
  names.filter((n) => !['random', 'random-always-accepting', 'nice', 'top-fraction', 'tough'].includes(n)),
);
// Negotiators that only ever offer outcomes worth at least their reserved value (NegMAS's default inverter).
const RATIONAL_OFFERERS = new Set([
  'boulware',
  'linear',
  'conceder',
  'hardheaded',
  'micro',
  'genius-boulware',
  'genius-linear',
  'genius-conceder',
  'genius-hardliner',
]);

describe('negotiator catalog properties', () => {
  it('every negotiation ends within its round limit, offers stay in the space, agreements are accepted by both', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { space, result } = run(s);
        expect(result.status, result.errorMessage ?? '').not.toBe('error');
        expect(result.rounds).toBeLessThanOrEqual(s.nSteps);
        expect(result.transcript.some((a) => a.kind === 'invalid')).toBe(false);
        if (result.status !== 'agreement') return;
        const agreement = result.agreement as Outcome;
        expect(space.contains(agreement)).toBe(true);
        expect(agreement).toBe(result.lastOffer);
        const last = result.transcript.at(-1);
        expect(last?.kind).toBe('accept');
        expect(last?.actor).toBe(1 - result.lastProposer); // the other side accepts…
        const offers = result.transcript.filter((a) => a.kind === 'offer');
        expect(offers.at(-1)?.actor).toBe(result.lastProposer); // …the proposer's own standing offer
        expect(offers.at(-1)?.outcome).toEqual(agreement);
      }),
      { seed: 42, numRuns: 1000 },
    );
  });

  it('same seed gives the same transcript', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        expect(run(s).result).toEqual(run(s).result);
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('rational negotiators never accept, and rational offerers never offer, below their reserved value', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { ufuns, result } = run(s);
        for (const action of result.transcript) {
          const name = names[s.pair[action.actor] as number] as string;
          const u = ufuns[action.actor] as UtilityFunction<Outcome>;
          const checked =
            action.kind === 'accept'
              ? RATIONAL_ACCEPTORS
              : action.kind === 'offer'
                ? RATIONAL_OFFERERS
                : null;
          if (checked === null || !checked.has(name)) continue;
          expect(u.eval(action.outcome ?? null), `${name} ${action.kind}`).toBeGreaterThanOrEqual(
            u.reservedValue,
          );
        }
      }),
      { seed: 42, numRuns: 1000 },
    );
  });
});

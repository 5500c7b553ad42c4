import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { discreteIssue } from '../../../src/negotiation/issue.ts';
import { LinearAdditiveUtility } from '../../../src/negotiation/linear-additive-utility.ts';
import { OutcomeSpace } from '../../../src/negotiation/outcome-space.ts';
import { utilityRange } from '../../../src/negotiation/utility-range.ts';

/** A random GENIUS profile: 1–4 issues of 1–5 values, positive evaluations, positive weights summing to 1. */
const profile = fc
  .array(
    fc.record({
      evaluations: fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: 1, maxLength: 5 }),
      weight: fc.double({ min: 0.01, max: 1, noNaN: true }),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((issues) => {
    const total = issues.reduce((s, i) => s + i.weight, 0);
    return issues.map((i, k) => ({
      issue: discreteIssue(
        `i${k}`,
        i.evaluations.map((_, v) => `v${v}`),
      ),
      evaluations: Object.fromEntries(i.evaluations.map((e, v) => [`v${v}`, e])),
      weight: i.weight / total,
    }));
  });

describe('LinearAdditiveUtility GENIUS normalisation', () => {
  it('fromGenius() puts every utility in [0, 1] with the maximum at 1 when weights sum to 1', () => {
    fc.assert(
      fc.property(profile, (p) => {
        const issues = p.map((x) => x.issue);
        const u = LinearAdditiveUtility.fromGenius(issues, {
          weights: Object.fromEntries(p.map((x) => [x.issue.name, x.weight])),
          evaluations: Object.fromEntries(p.map((x) => [x.issue.name, x.evaluations])),
        });
        const outcomes = new OutcomeSpace(issues).enumerate();
        for (const o of outcomes) {
          const v = u.eval(o);
          expect(v).toBeGreaterThan(0);
          expect(v).toBeLessThanOrEqual(1 + 1e-12);
        }
        expect(utilityRange(u, outcomes).best).toBeCloseTo(1, 12);
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('fromGenius() makes every issue evaluation its raw value over the issue maximum', () => {
    fc.assert(
      fc.property(profile, fc.double({ min: 0.5, max: 50, noNaN: true }), (p, scale) => {
        const issues = p.map((x) => x.issue);
        const weights = Object.fromEntries(p.map((x) => [x.issue.name, x.weight]));
        const u = LinearAdditiveUtility.fromGenius(issues, {
          weights,
          evaluations: Object.fromEntries(p.map((x) => [x.issue.name, x.evaluations])),
        });
        // Scaling an issue's raw evaluations does not change the normalised utility.
        const scaled = LinearAdditiveUtility.fromGenius(issues, {
          weights,
          evaluations: Object.fromEntries(
            p.map((x) => [
              x.issue.name,
              Object.fromEntries(Object.entries(x.evaluations).map(([k, e]) => [k, e * scale])),
            ]),
          ),
        });
        for (const x of p) {
          const table = u.values[x.issue.name];
          if (typeof table === 'function' || table?.kind !== 'table') throw new Error('expected a table');
          const max = Math.max(...Object.values(x.evaluations));
          for (const [k, e] of Object.entries(x.evaluations)) expect(table.values[k]).toBe(e / max);
        }
        for (const o of new OutcomeSpace(issues).enumerate())
          expect(scaled.eval(o)).toBeCloseTo(u.eval(o), 12);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});

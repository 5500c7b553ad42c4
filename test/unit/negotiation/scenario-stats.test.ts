import { describe, expect, it } from 'vitest';
import { discreteIssue } from '../../../src/negotiation/issue.ts';
import { LinearAdditiveUtility } from '../../../src/negotiation/linear-additive-utility.ts';
import { OutcomeSpace } from '../../../src/negotiation/outcome-space.ts';
import { scenarioStats } from '../../../src/negotiation/scenario-stats.ts';

// Fifty-Fifty (negotiation.md D.2): 11 outcomes, r = 0.5 for both, only the even split is rational.
const split = discreteIssue('share', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
const table = (f: (x: number) => number): Record<string, number> =>
  Object.fromEntries(Array.from({ length: 11 }, (_, x) => [String(x), f(x)]));
const u1 = new LinearAdditiveUtility({
  issues: [split],
  weights: { share: 1 },
  values: { share: { kind: 'table', values: table((x) => x / 10) } },
  reservedValue: 0.5,
});
const u2 = new LinearAdditiveUtility({
  issues: [split],
  weights: { share: 1 },
  values: { share: { kind: 'table', values: table((x) => (10 - x) / 10) } },
  reservedValue: 0.5,
});
const outcomes = new OutcomeSpace([split]).enumerate();

describe('scenarioStats', () => {
  it('scenarioStats() reproduces the Fifty-Fifty row of D.2', () => {
    const s = scenarioStats([u1, u2], outcomes);
    expect(s.nOutcomes).toBe(11);
    expect(s.frontier).toHaveLength(11);
    expect(s.geniusOpposition).toBeCloseTo(0.707, 3);
    expect(s.rationalFraction).toBeCloseTo(1 / 11, 12);
    expect(s.nash?.index).toBe(5);
    expect(s.kalai?.index).toBe(5);
    expect(s.kalaiSmorodinsky?.index).toBe(5);
    expect(s.maxWelfare?.value).toBeCloseTo(1, 12);
    expect(s.minUtilities).toEqual([0, 0]);
    expect(s.maxUtilities).toEqual([1, 1]);
    expect(s.effectiveReservedValues).toEqual([0.5, 0.5]);
  });

  it('scenarioStats() accepts reserved-value overrides', () => {
    const s = scenarioStats([u1, u2], outcomes, { reservedValues: [-Infinity, -Infinity] });
    expect(s.reservedValues).toEqual([-Infinity, -Infinity]);
    expect(s.effectiveReservedValues).toEqual([0, 0]);
    expect(s.rationalFraction).toBe(1);
    expect(() => scenarioStats([u1, u2], outcomes, { reservedValues: [0] })).toThrow(RangeError);
    expect(() => scenarioStats([u1, u2], [])).toThrow(RangeError);
  });
});

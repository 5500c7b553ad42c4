import { describe, expect, it } from 'vitest';
import { NumericIssueProfile } from '../../../../agents/components/numeric-issue-profile.ts';
import { outcomeKeyer } from '../../../../agents/components/outcome-key.ts';
import { discreteIssue, integerIssue, type Outcome } from '../../../../src/negotiation/issue.ts';
import { OutcomeSpace } from '../../../../src/negotiation/outcome-space.ts';
import type { UtilityFunction } from '../../../../src/negotiation/utility-function.ts';

const space = new OutcomeSpace([
  discreteIssue('size', [1, 5, 10]),
  integerIssue('day', 0, 4),
  discreteIssue('c', ['a', 'b']),
]);
const u: UtilityFunction<Outcome> = {
  reservedValue: 0,
  eval: (o) =>
    o === null ? 0 : (o['size'] as number) / 10 + (4 - (o['day'] as number)) / 4 + (o['c'] === 'a' ? 0.5 : 0),
};

describe('NumericIssueProfile', () => {
  it('NumericIssueProfile.infer() finds directions and weights of numeric issues, holding the others', () => {
    const p = NumericIssueProfile.infer(space, u);
    expect(p.issues.map((s) => [s.name, s.min, s.max, s.increasing])).toEqual([
      ['size', 1, 10, true],
      ['day', 0, 4, false],
    ]);
    expect(p.issues[0]?.weight).toBeCloseTo(0.9 / 1.9, 12);
    expect(p.compose([10, 0])).toEqual({ size: 10, day: 0, c: 'a' });
  });

  it('NumericIssueProfile.compose() snaps to list values and integers inside the range', () => {
    const p = NumericIssueProfile.infer(space, u);
    expect(p.compose([6.5, 2.6])).toEqual({ size: 5, day: 3, c: 'a' });
    expect(p.compose([99, -3])).toEqual({ size: 10, day: 0, c: 'a' });
    expect(space.contains(p.compose([p.valueAt(0, 0.5), p.valueAt(1, 0.5)]))).toBe(true);
  });

  it('NumericIssueProfile.score() is the weighted linear score V', () => {
    const p = NumericIssueProfile.infer(space, u);
    expect(p.score({ size: 10, day: 0, c: 'b' })).toBeCloseTo(1, 12);
    expect(p.score({ size: 1, day: 4, c: 'a' })).toBeCloseTo(0, 12);
  });

  it('outcomeKeyer() gives equal keys exactly to equal outcomes', () => {
    const key = outcomeKeyer(space);
    expect(key({ c: 'a', day: 1, size: 5 })).toBe(key({ size: 5, day: 1, c: 'a' }));
    expect(key({ size: 5, day: 1, c: 'a' })).not.toBe(key({ size: 5, day: 1, c: 'b' }));
    expect(key({ size: 1, day: 5, c: 'a' })).not.toBe(key({ size: 5, day: 1, c: 'a' }));
  });
});

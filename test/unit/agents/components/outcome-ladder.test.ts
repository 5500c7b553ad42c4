import { describe, expect, it } from 'vitest';
import { OutcomeLadder } from '../../../../agents/components/outcome-ladder.ts';
import {
  continuousIssue,
  discreteIssue,
  integerIssue,
  type Outcome,
} from '../../../../src/negotiation/issue.ts';
import { OutcomeSpace } from '../../../../src/negotiation/outcome-space.ts';
import type { UtilityFunction } from '../../../../src/negotiation/utility-function.ts';

const space = new OutcomeSpace([integerIssue('x', 0, 3), discreteIssue('c', ['a', 'b'])]);
// Ties on purpose: the value of c does not matter.
const ufun: UtilityFunction<Outcome> = {
  reservedValue: 0,
  eval: (o) => (o === null ? 0 : (o['x'] as number) / 3),
};

describe('OutcomeLadder', () => {
  it('OutcomeLadder sorts outcomes by utility ascending, ties in enumeration order', () => {
    const ladder = new OutcomeLadder(space, ufun);
    const order = Array.from({ length: ladder.size }, (_, i) => ladder.at(i));
    expect(order).toEqual([
      { x: 0, c: 'a' },
      { x: 0, c: 'b' },
      { x: 1, c: 'a' },
      { x: 1, c: 'b' },
      { x: 2, c: 'a' },
      { x: 2, c: 'b' },
      { x: 3, c: 'a' },
      { x: 3, c: 'b' },
    ]);
    expect(ladder.maxUtility).toBe(1);
    expect(ladder.minUtility).toBe(0);
    expect(ladder.best).toEqual({ x: 3, c: 'b' });
  });

  it('lowerBound() finds the lowest outcome with utility at least x', () => {
    const ladder = new OutcomeLadder(space, ufun);
    expect(ladder.lowerBound(-1)).toBe(0);
    expect(ladder.lowerBound(0)).toBe(0);
    expect(ladder.lowerBound(0.1)).toBe(2);
    expect(ladder.lowerBound(1 / 3)).toBe(2);
    expect(ladder.lowerBound(1)).toBe(6);
    expect(ladder.lowerBound(1.01)).toBe(ladder.size);
    expect(ladder.utilityAt(ladder.lowerBound(0.5))).toBeCloseTo(2 / 3);
  });

  it('OutcomeLadder.of() shares one ladder per utility function and space', () => {
    expect(OutcomeLadder.of(space, ufun)).toBe(OutcomeLadder.of(space, ufun));
    const other: UtilityFunction<Outcome> = { reservedValue: 0, eval: ufun.eval };
    expect(OutcomeLadder.of(space, other)).not.toBe(OutcomeLadder.of(space, ufun));
  });

  it('OutcomeLadder cuts continuous issues into 10 levels and freezes its outcomes', () => {
    const s = new OutcomeSpace([continuousIssue('p', 0, 9)]);
    const ladder = new OutcomeLadder(s, {
      reservedValue: 0,
      eval: (o) => (o === null ? 0 : -(o['p'] as number)),
    });
    expect(ladder.size).toBe(10);
    expect(ladder.best).toEqual({ p: 0 });
    expect(Object.isFrozen(ladder.at(0))).toBe(true);
  });

  it('OutcomeLadder sorts NaN utilities as the worst and reports the lowest finite utility', () => {
    const s = new OutcomeSpace([integerIssue('x', 0, 2)]);
    const ladder = new OutcomeLadder(s, {
      reservedValue: 0,
      eval: (o) => (o === null ? 0 : o['x'] === 0 ? NaN : (o['x'] as number)),
    });
    expect(ladder.at(0)).toEqual({ x: 0 });
    expect(ladder.minUtility).toBe(1);
  });
});

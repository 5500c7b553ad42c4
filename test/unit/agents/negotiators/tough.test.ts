import { describe, expect, it } from 'vitest';
import { timeBasedNegotiator } from '../../../../agents/negotiators/time-based.ts';
import { toughNegotiator } from '../../../../agents/negotiators/tough.ts';
import { integerIssue } from '../../../../src/negotiation/issue.ts';
import { OutcomeSpace } from '../../../../src/negotiation/outcome-space.ts';
import { contextFor, linearUfun, offersOf, runPair } from '../../../support/tiny-negotiation.ts';

const space = new OutcomeSpace([integerIssue('x', 0, 9), integerIssue('y', 0, 9)]);
// Tough's best (9, 9) is worth 0.5 to the conceder: a conceder reaches it early.
const toughU = linearUfun([
  { issue: 'x', min: 0, max: 9, weight: 0.9, rising: true },
  { issue: 'y', min: 0, max: 9, weight: 0.1, rising: true },
]);
const concederU = linearUfun([
  { issue: 'x', min: 0, max: 9, weight: 0.5, rising: false },
  { issue: 'y', min: 0, max: 9, weight: 0.5, rising: true },
]);

describe('toughNegotiator', () => {
  it('toughNegotiator() against a Conceder gets its best outcome, opening or answering', () => {
    const conceder = timeBasedNegotiator({ exponent: 'conceder' });
    const first = runPair(
      space,
      { factory: toughNegotiator, ufun: toughU },
      { factory: conceder, ufun: concederU },
      { nSteps: 20 },
    );
    expect(first.agreement).toEqual({ x: 9, y: 9 });
    const second = runPair(
      space,
      { factory: conceder, ufun: concederU },
      { factory: toughNegotiator, ufun: toughU },
      { nSteps: 20 },
    );
    expect(second.agreement).toEqual({ x: 9, y: 9 });
    expect(new Set(offersOf(second, 1).map((o) => JSON.stringify(o)))).toEqual(new Set(['{"x":9,"y":9}']));
  });

  it('toughNegotiator() accepts only outcomes within 1e-10 of its best utility', () => {
    const n = toughNegotiator.create(contextFor(space, toughU, { nSteps: 5, seed: 's', index: 0 }));
    const state = { step: 4, relativeTime: 5 / 6, nSteps: 5, currentOffer: null, currentProposer: -1 };
    expect(n.respond(state, { x: 9, y: 9 })).toBe('accept');
    expect(n.respond(state, { x: 9, y: 8 })).toBe('reject');
  });
});

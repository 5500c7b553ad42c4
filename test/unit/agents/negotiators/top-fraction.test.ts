import { describe, expect, it } from 'vitest';
import { topFractionNegotiator } from '../../../../agents/negotiators/top-fraction.ts';
import { integerIssue } from '../../../../src/negotiation/issue.ts';
import { OutcomeSpace } from '../../../../src/negotiation/outcome-space.ts';
import { contextFor, linearUfun } from '../../../support/tiny-negotiation.ts';

const state = { step: 0, relativeTime: 0.5, nSteps: 20, currentOffer: null, currentProposer: -1 };

describe('topFractionNegotiator', () => {
  it('topFractionNegotiator() opens with its best and then offers among its top ⌊0.05 N⌋ + 1 outcomes', () => {
    const space = new OutcomeSpace([integerIssue('x', 0, 99)]);
    const u = linearUfun([{ issue: 'x', min: 0, max: 99, weight: 1, rising: true }]);
    const n = topFractionNegotiator().create(contextFor(space, u, { nSteps: 20, seed: 's', index: 0 }));
    expect(n.propose(state)).toEqual({ x: 99 });
    const seen = new Set<number>();
    for (let i = 0; i < 200; i++) seen.add(n.propose(state)?.['x'] as number);
    expect([...seen].sort((a, b) => a - b)).toEqual([94, 95, 96, 97, 98, 99]);
    expect(n.respond(state, { x: 94 })).toBe('accept');
    expect(n.respond(state, { x: 93 })).toBe('reject');
  });

  it('topFractionNegotiator() keeps at least its two best outcomes', () => {
    const space = new OutcomeSpace([integerIssue('x', 0, 9)]);
    const u = linearUfun([{ issue: 'x', min: 0, max: 9, weight: 1, rising: false }], 0.95);
    const n = topFractionNegotiator().create(contextFor(space, u, { nSteps: 20, seed: 's', index: 0 }));
    // min_utility is not applied (B.4): x = 1 (0.889) is accepted although below 0.95.
    expect(n.respond(state, { x: 1 })).toBe('accept');
    expect(n.respond(state, { x: 2 })).toBe('reject');
  });
});

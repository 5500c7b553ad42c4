import { describe, expect, it } from 'vitest';
import { timeBasedNegotiator } from '../../../../agents/negotiators/time-based.ts';
import { integerIssue, type Outcome } from '../../../../src/negotiation/issue.ts';
import { OutcomeSpace } from '../../../../src/negotiation/outcome-space.ts';
import type { UtilityFunction } from '../../../../src/negotiation/utility-function.ts';
import { contextFor, runPair } from '../../../support/tiny-negotiation.ts';

const space = new OutcomeSpace([integerIssue('x', 0, 9)]);
const rising: UtilityFunction<Outcome> = {
  reservedValue: 0,
  eval: (o) => (o === null ? 0 : (o['x'] as number) / 9),
};
const falling: UtilityFunction<Outcome> = {
  reservedValue: 0,
  eval: (o) => (o === null ? 0 : 1 - (o['x'] as number) / 9),
};

describe('timeBasedNegotiator', () => {
  it('timeBasedNegotiator() Boulware pair agrees later than a Conceder pair', () => {
    const run = (exponent: 'boulware' | 'conceder') => {
      const factory = timeBasedNegotiator({ exponent });
      return runPair(space, { factory, ufun: rising }, { factory, ufun: falling }, { nSteps: 20 });
    };
    const boulware = run('boulware');
    const conceder = run('conceder');
    expect(boulware.status).toBe('agreement');
    expect(conceder.status).toBe('agreement');
    expect(boulware.relativeTime).toBeGreaterThan(conceder.relativeTime);
    expect(conceder.rounds).toBe(2); // t = 2/21: aspiration ≈ 0.4445, so 4/9 is accepted
  });

  it('timeBasedNegotiator() offers nothing, breaking the negotiation, when no outcome is rational', () => {
    const greedy: UtilityFunction<Outcome> = { reservedValue: 1.5, eval: rising.eval };
    const factory = timeBasedNegotiator({ exponent: 'linear' });
    const result = runPair(space, { factory, ufun: greedy }, { factory, ufun: falling }, { nSteps: 10 });
    expect(result.status).toBe('broken');
    expect(result.rounds).toBe(1);
  });

  it('timeBasedNegotiator() uses tolerance 0.0001 and named defaults', () => {
    const f = timeBasedNegotiator({ exponent: 'linear' });
    expect(f.name).toBe('linear');
    expect(timeBasedNegotiator({ exponent: 3 }).name).toBe('time-based-3');
    const n = f.create(contextFor(space, rising, { nSteps: 8, seed: 's', index: 0 }));
    // t = 4/9 -> linear target 5/9; 5/9 - 0.0001 keeps x = 5.
    const state = { step: 3, relativeTime: 4 / 9, nSteps: 8, currentOffer: null, currentProposer: -1 };
    expect(n.propose(state)).toEqual({ x: 5 });
    expect(n.respond(state, { x: 5 })).toBe('accept');
    expect(n.respond(state, { x: 4 })).toBe('reject');
  });
});

import { describe, expect, it } from 'vitest';
import { geniusTimeDependentNegotiator } from '../../../../agents/negotiators/genius-time-dependent.ts';
import { integerIssue } from '../../../../src/negotiation/issue.ts';
import { OutcomeSpace } from '../../../../src/negotiation/outcome-space.ts';
import { contextFor, linearUfun, runPair } from '../../../support/tiny-negotiation.ts';

const space = new OutcomeSpace([integerIssue('x', 0, 10)]);
const rising = linearUfun([{ issue: 'x', min: 0, max: 10, weight: 1, rising: true }], 0.2);
const falling = linearUfun([{ issue: 'x', min: 0, max: 10, weight: 1, rising: false }], 0.2);
const at = (t: number) => ({ step: 0, relativeTime: t, nSteps: 20, currentOffer: null, currentProposer: -1 });

describe('geniusTimeDependentNegotiator', () => {
  it('geniusTimeDependentNegotiator() targets P_min + (P_max - P_min)(1 - t^(1/e)) over rational outcomes', () => {
    const linear = geniusTimeDependentNegotiator({ e: 'linear' }).create(
      contextFor(space, rising, { nSteps: 20, seed: 's', index: 0 }),
    );
    // P_min = 0.2 (x = 2), P_max = 1: at t = 0.5 the target is 0.6 -> x = 6.
    expect(linear.propose(at(0.5))).toEqual({ x: 6 });
    expect(linear.respond(at(0.5), { x: 6 })).toBe('accept'); // ACnext
    expect(linear.respond(at(0.5), { x: 5 })).toBe('reject');
    const boulware = geniusTimeDependentNegotiator().create(
      contextFor(space, rising, { nSteps: 20, seed: 's', index: 0 }),
    );
    expect(boulware.propose(at(0.5))).toEqual({ x: 10 }); // 1 - 0.5^5 ≈ 0.97 of the range
    const hardliner = geniusTimeDependentNegotiator({ e: 'hardliner' }).create(
      contextFor(space, rising, { nSteps: 20, seed: 's', index: 0 }),
    );
    expect(hardliner.propose(at(0.95))).toEqual({ x: 10 });
  });

  it('geniusTimeDependentNegotiator() Conceder pair agrees before a Boulware pair', () => {
    const run = (e: 'boulware' | 'conceder') => {
      const factory = geniusTimeDependentNegotiator({ e });
      return runPair(space, { factory, ufun: rising }, { factory, ufun: falling }, { nSteps: 20 });
    };
    expect(run('conceder').relativeTime).toBeLessThan(run('boulware').relativeTime);
    expect(geniusTimeDependentNegotiator({ e: 'conceder' }).name).toBe('genius-conceder');
  });

  it('geniusTimeDependentNegotiator() offers nothing and accepts nothing without a rational outcome', () => {
    const greedy = linearUfun([{ issue: 'x', min: 0, max: 10, weight: 1, rising: true }], 1.5);
    const n = geniusTimeDependentNegotiator().create(
      contextFor(space, greedy, { nSteps: 20, seed: 's', index: 0 }),
    );
    expect(n.propose(at(0.5))).toBeNull();
    expect(n.respond(at(0.5), { x: 10 })).toBe('reject');
  });
});

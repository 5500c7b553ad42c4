import { describe, expect, it } from 'vitest';
import { microNegotiator } from '../../../../agents/negotiators/micro.ts';
import { toughNegotiator } from '../../../../agents/negotiators/tough.ts';
import { integerIssue, type Outcome } from '../../../../src/negotiation/issue.ts';
import { OutcomeSpace } from '../../../../src/negotiation/outcome-space.ts';
import type { SaoState } from '../../../../src/negotiation/sao-types.ts';
import type { UtilityFunction } from '../../../../src/negotiation/utility-function.ts';
import { contextFor, offersOf, runPair } from '../../../support/tiny-negotiation.ts';

const space = new OutcomeSpace([integerIssue('x', 0, 9)]);
const rising: UtilityFunction<Outcome> = {
  reservedValue: 0,
  eval: (o) => (o === null ? 0 : (o['x'] as number) / 9),
};
const falling: UtilityFunction<Outcome> = {
  reservedValue: 0,
  eval: (o) => (o === null ? 0 : 1 - (o['x'] as number) / 9),
};
const partner = (step: number, offer: Outcome | null): SaoState<Outcome> => ({
  step,
  relativeTime: (step + 1) / 21,
  nSteps: 20,
  currentOffer: offer,
  currentProposer: offer === null ? -1 : 1,
});

describe('microNegotiator', () => {
  it('microNegotiator() pair concedes one outcome per round and agrees in the middle', () => {
    const factory = microNegotiator();
    const result = runPair(space, { factory, ufun: rising }, { factory, ufun: falling }, { nSteps: 20 });
    expect(offersOf(result, 0).map((o) => o['x'])).toEqual([9, 8, 7, 6, 5]);
    expect(offersOf(result, 1).map((o) => o['x'])).toEqual([0, 1, 2, 3, 4]);
    // Round 5: the opener's next concession would be x = 4, which is exactly the standing offer.
    expect(result.agreement).toEqual({ x: 4 });
    expect(result.rounds).toBe(6);
  });

  it('microNegotiator() does not concede again until it has received as many distinct offers as it sent', () => {
    const result = runPair(
      space,
      { factory: microNegotiator(), ufun: rising },
      { factory: toughNegotiator, ufun: falling },
      { nSteps: 20 },
    );
    const offered = offersOf(result, 0).map((o) => o['x']);
    expect(offered.slice(0, 2)).toEqual([9, 8]);
    expect(new Set(offered)).toEqual(new Set([9, 8]));
    expect(result.status).toBe('timedout');
  });

  it('microNegotiator() compares with its next concession when ready and its last concession otherwise', () => {
    const n = microNegotiator().create(contextFor(space, rising, { nSteps: 20, seed: 's', index: 0 }));
    expect(n.propose(partner(0, null))).toEqual({ x: 9 }); // sent 1, received 0: not ready
    expect(n.respond(partner(1, { x: 8 }), { x: 8 })).toBe('accept'); // ready: next is 8
    const m = microNegotiator({ acceptSame: false }).create(
      contextFor(space, rising, { nSteps: 20, seed: 's', index: 0 }),
    );
    m.propose(partner(0, null));
    expect(m.respond(partner(1, { x: 8 }), { x: 8 })).toBe('reject'); // strictly better needed
    expect(m.propose(partner(1, { x: 8 }))).toEqual({ x: 8 });
    expect(m.respond(partner(2, { x: 8 }), { x: 8 })).toBe('reject'); // not ready (2 sent, 1 received): last conceded 8, strict
    expect(m.respond(partner(3, { x: 9 }), { x: 9 })).toBe('accept');
  });

  it('microNegotiator() offers nothing when no outcome is rational', () => {
    const greedy: UtilityFunction<Outcome> = { reservedValue: 2, eval: rising.eval };
    const n = microNegotiator().create(contextFor(space, greedy, { nSteps: 20, seed: 's', index: 0 }));
    expect(n.propose(partner(0, null))).toBeNull();
    expect(n.respond(partner(0, { x: 9 }), { x: 9 })).toBe('reject');
  });
});

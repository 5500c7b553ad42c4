import { describe, expect, it } from 'vitest';
import { naiveTitForTatNegotiator } from '../../../../agents/negotiators/naive-tit-for-tat.ts';
import { integerIssue, type Outcome } from '../../../../src/negotiation/issue.ts';
import type { NegotiatorFactory } from '../../../../src/negotiation/negotiator-factory.ts';
import { OutcomeSpace } from '../../../../src/negotiation/outcome-space.ts';
import type { SaoState } from '../../../../src/negotiation/sao-types.ts';
import type { UtilityFunction } from '../../../../src/negotiation/utility-function.ts';
import { contextFor, offersOf, runPair } from '../../../support/tiny-negotiation.ts';

const space = new OutcomeSpace([integerIssue('x', 0, 9)]);
// Squared utility: uneven gaps between neighbours, so thresholds rarely sit on a grid point.
const squared: UtilityFunction<Outcome> = {
  reservedValue: 0,
  eval: (o) => (o === null ? 0 : ((o['x'] as number) / 9) ** 2),
};
const other: UtilityFunction<Outcome> = {
  reservedValue: 0,
  eval: (o) => (o === null ? 0 : 1 - (o['x'] as number) / 9),
};
const at = (step: number, offer: Outcome | null = null): SaoState<Outcome> => ({
  step,
  relativeTime: (step + 1) / 21,
  nSteps: 20,
  currentOffer: offer,
  currentProposer: offer === null ? -1 : 0,
});

function scripted(xs: readonly number[]): NegotiatorFactory {
  return {
    name: 'scripted',
    description: 'test script',
    create() {
      let i = 0;
      return { propose: () => ({ x: xs[Math.min(i++, xs.length - 1)] as number }), respond: () => 'reject' };
    },
  };
}

describe('naiveTitForTatNegotiator', () => {
  it('naiveTitForTatNegotiator() follows the 0 / 1-2 / >= 3 round schedule', () => {
    const factory = naiveTitForTatNegotiator();
    const result = runPair(
      space,
      { factory: scripted([0, 0, 0, 3, 6, 7]), ufun: other },
      { factory, ufun: squared },
      { nSteps: 10 },
    );
    // Round 0: best. Rounds 1-2: "must concede" gaps (cursor at 3rd/4th and 7th/8th best when proposing)
    // keep x = 9. Round 3: partner concession û(3) ≈ 0.111 -> τ ≈ 0.889 -> 9. Round 4: û(6) ≈ 0.444 -> τ ≈ 0.556 -> 7.
    expect(offersOf(result, 1).map((o) => o['x'])).toEqual([9, 9, 9, 9, 7]);
    // Round 5: û(7) ≈ 0.605 >= 0.5 is accepted.
    expect(result.agreement).toEqual({ x: 7 });
    expect(result.rounds).toBe(6);
  });

  it('naiveTitForTatNegotiator() moves one shared cursor two places per call in rounds 1-2', () => {
    const fresh = () =>
      naiveTitForTatNegotiator().create(contextFor(space, squared, { nSteps: 20, seed: 's', index: 1 }));
    // First call: gap between best and second best -> τ = u(8) -> x = 8 is (just) acceptable.
    expect(fresh().respond(at(1, { x: 8 }), { x: 8 })).toBe('accept');
    // After one call the cursor points at the 3rd/4th best: gap u(7) - u(6) ≈ 0.16 -> τ ≈ 0.84 > u(8).
    const n = fresh();
    expect(n.respond(at(1, { x: 0 }), { x: 0 })).toBe('reject');
    expect(n.respond(at(1, { x: 8 }), { x: 8 })).toBe('reject');
  });

  it('naiveTitForTatNegotiator() accepts from round 3 iff û(offer) >= 0.5, and kindness lowers the bar', () => {
    const n = naiveTitForTatNegotiator().create(
      contextFor(space, squared, { nSteps: 20, seed: 's', index: 1 }),
    );
    expect(n.respond(at(3, { x: 7 }), { x: 7 })).toBe('accept'); // 0.605
    expect(n.respond(at(7, { x: 6 }), { x: 6 })).toBe('reject'); // 0.444
    expect(n.propose(at(0))).toEqual({ x: 9 });
    const kind = naiveTitForTatNegotiator({ kindness: 0.2 }).create(
      contextFor(space, squared, { nSteps: 20, seed: 's', index: 1 }),
    );
    expect(kind.respond(at(3, { x: 6 }), { x: 6 })).toBe('accept'); // 0.444 >= 1 - 0.444 - 0.2
  });

  it('naiveTitForTatNegotiator() never accepts below the reserved value', () => {
    const picky: UtilityFunction<Outcome> = { reservedValue: 0.5, eval: squared.eval };
    const n = naiveTitForTatNegotiator({ kindness: 0.5 }).create(
      contextFor(space, picky, { nSteps: 20, seed: 's', index: 1 }),
    );
    expect(n.respond(at(5, { x: 6 }), { x: 6 })).toBe('reject'); // 0.444 < r
  });
});

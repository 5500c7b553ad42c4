import { describe, expect, it } from 'vitest';
import { aspirationNegotiator } from '../../../../agents/negotiators/aspiration.ts';
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
const stateAt = (step: number, nSteps: number): SaoState<Outcome> => ({
  step,
  relativeTime: (step + 1) / (nSteps + 1),
  nSteps,
  currentOffer: null,
  currentProposer: -1,
});

describe('aspirationNegotiator', () => {
  it('aspirationNegotiator() reproduces the worked trace of negotiation.md A.1.6', () => {
    const factory = aspirationNegotiator();
    const result = runPair(space, { factory, ufun: rising }, { factory, ufun: falling }, { nSteps: 10 });
    // Best offers repeated in rounds 0-5, concessions from round 6 (t = 7/11, a ≈ 0.836).
    expect(offersOf(result, 0).map((o) => o['x'])).toEqual([9, 9, 9, 9, 9, 9, 8, 7, 5]);
    expect(offersOf(result, 1).map((o) => o['x'])).toEqual([0, 0, 0, 0, 0, 0, 1, 2, 4]);
    // The first mover accepts the round-8 counter-offer in the last round (t = 10/11).
    expect(result.status).toBe('agreement');
    expect(result.agreement).toEqual({ x: 4 });
    expect(result.rounds).toBe(10);
    expect(result.relativeTime).toBeCloseTo(10 / 11, 12);
    expect(result.transcript.at(-1)).toMatchObject({ round: 9, actor: 0, kind: 'accept' });
  });

  it('aspirationNegotiator() accepts iff u >= max(u_min, target - 0.001)', () => {
    const n = aspirationNegotiator().create(contextFor(space, rising, { nSteps: 10, seed: 's', index: 0 }));
    // Round 7: t = 8/11, target = 1 - t^4 ≈ 0.7202, lower end ≈ 0.7192.
    const s = stateAt(7, 10);
    expect(n.respond(s, { x: 7 })).toBe('accept'); // 0.778
    expect(n.respond(s, { x: 6 })).toBe('reject'); // 0.667
    expect(n.propose(s)).toEqual({ x: 7 });
  });

  it('aspirationNegotiator() offers its best outcome and accepts nothing when r > u_max', () => {
    const greedy: UtilityFunction<Outcome> = { reservedValue: 2, eval: rising.eval };
    const n = aspirationNegotiator().create(contextFor(space, greedy, { nSteps: 10, seed: 's', index: 0 }));
    for (let step = 0; step < 10; step++) {
      expect(n.propose(stateAt(step, 10))).toEqual({ x: 9 });
      expect(n.respond(stateAt(step, 10), { x: 9 })).toBe('reject');
    }
  });

  it('aspirationNegotiator() never accepts below the reserved value', () => {
    const picky: UtilityFunction<Outcome> = { reservedValue: 0.5, eval: rising.eval };
    const n = aspirationNegotiator({ exponent: 'conceder' }).create(
      contextFor(space, picky, { nSteps: 10, seed: 's', index: 0 }),
    );
    expect(n.respond(stateAt(9, 10), { x: 4 })).toBe('reject'); // 0.444 < r
    expect(n.respond(stateAt(9, 10), { x: 5 })).toBe('accept');
  });

  it('aspirationNegotiator() takes a name and parameters', () => {
    const f = aspirationNegotiator({ name: 'asp-linear', exponent: 'linear', maxAspiration: 0.5 });
    expect(f.name).toBe('asp-linear');
    const n = f.create(contextFor(space, rising, { nSteps: 10, seed: 's', index: 0 }));
    // a(1/11) = 0.5 (1 - 1/11) ≈ 0.4545 -> lower end ≈ 0.4535 -> x = 5 (0.556).
    expect(n.propose(stateAt(0, 10))).toEqual({ x: 5 });
  });
});

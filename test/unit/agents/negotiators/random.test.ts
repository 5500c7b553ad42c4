import { describe, expect, it } from 'vitest';
import { niceNegotiator } from '../../../../agents/negotiators/nice.ts';
import { randomNegotiator } from '../../../../agents/negotiators/random.ts';
import { continuousIssue, integerIssue } from '../../../../src/negotiation/issue.ts';
import { OutcomeSpace } from '../../../../src/negotiation/outcome-space.ts';
import type { SaoResponse } from '../../../../src/negotiation/sao-types.ts';
import { contextFor, linearUfun } from '../../../support/tiny-negotiation.ts';

const space = new OutcomeSpace([integerIssue('x', 0, 9), continuousIssue('p', 0, 1)]);
const u = linearUfun([{ issue: 'x', min: 0, max: 9, weight: 1, rising: true }]);
const at = (step: number) => ({
  step,
  relativeTime: (step + 1) / 11,
  nSteps: 10,
  currentOffer: null,
  currentProposer: -1,
});

describe('randomNegotiator', () => {
  it('randomNegotiator() answers with p_a 0.15, p_r 0.75, p_e 0.10 and offers inside the space', () => {
    const n = randomNegotiator().create(contextFor(space, u, { nSteps: 10, seed: 's', index: 0 }));
    const tally: Record<SaoResponse, number> = { accept: 0, reject: 0, end: 0, wait: 0, skip: 0 };
    const draws = 20_000;
    for (let i = 0; i < draws; i++) tally[n.respond(at(0), { x: 0, p: 0 })]++;
    expect(tally.accept / draws).toBeCloseTo(0.15, 1);
    expect(tally.reject / draws).toBeCloseTo(0.75, 1);
    expect(tally.end / draws).toBeCloseTo(0.1, 1);
    expect(tally.skip + tally.wait).toBe(0);
    for (let i = 0; i < 100; i++) expect(space.contains(n.propose(at(0)))).toBe(true);
  });

  it('randomNegotiator() with acceptAtEnd accepts anything in the last round', () => {
    const f = randomNegotiator({ acceptAtEnd: true, pAccept: 0, pReject: 1, pEnd: 0 });
    expect(f.name).toBe('random-always-accepting');
    const n = f.create(contextFor(space, u, { nSteps: 10, seed: 's', index: 0 }));
    expect(n.respond(at(8), { x: 0, p: 0 })).toBe('reject');
    expect(n.respond(at(9), { x: 0, p: 0 })).toBe('accept');
  });

  it('randomNegotiator() skips the turn with the leftover probability', () => {
    const n = randomNegotiator({ pAccept: 0, pReject: 0, pEnd: 0 }).create(
      contextFor(space, u, { nSteps: 10, seed: 's', index: 0 }),
    );
    expect(n.respond(at(0), { x: 0, p: 0 })).toBe('skip');
  });

  it('niceNegotiator accepts everything and offers random outcomes', () => {
    const n = niceNegotiator.create(contextFor(space, u, { nSteps: 10, seed: 's', index: 0 }));
    expect(n.respond(at(0), { x: 0, p: 0 })).toBe('accept');
    const offers = Array.from({ length: 20 }, () => n.propose(at(0)));
    expect(new Set(offers.map((o) => JSON.stringify(o))).size).toBeGreaterThan(1);
  });
});

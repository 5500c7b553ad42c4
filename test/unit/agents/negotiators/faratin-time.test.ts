import { describe, expect, it } from 'vitest';
import { faratinAlpha } from '../../../../agents/components/faratin-alpha.ts';
import { NumericIssueProfile } from '../../../../agents/components/numeric-issue-profile.ts';
import { faratinTimeNegotiator } from '../../../../agents/negotiators/faratin-time.ts';
import { continuousIssue, discreteIssue, integerIssue } from '../../../../src/negotiation/issue.ts';
import { OutcomeSpace } from '../../../../src/negotiation/outcome-space.ts';
import { contextFor, linearUfun, offersOf, runPair } from '../../../support/tiny-negotiation.ts';

const priceSpace = new OutcomeSpace([integerIssue('price', 0, 100)]);
const buyer = linearUfun([{ issue: 'price', min: 0, max: 100, weight: 1, rising: false }]);
const seller = linearUfun([{ issue: 'price', min: 0, max: 100, weight: 1, rising: true }]);

describe('faratinTimeNegotiator', () => {
  it('faratinAlpha() follows the polynomial and exponential families', () => {
    expect(faratinAlpha(0.5, { beta: 1, kappa: 0, form: 'polynomial' })).toBeCloseTo(0.5, 12);
    expect(faratinAlpha(0.5, { beta: 0.2, kappa: 0, form: 'polynomial' })).toBeCloseTo(0.03125, 12);
    expect(faratinAlpha(0.5, { beta: 2, kappa: 0, form: 'polynomial' })).toBeCloseTo(Math.SQRT1_2, 12);
    expect(faratinAlpha(0.5, { beta: 1, kappa: 0.2, form: 'polynomial' })).toBeCloseTo(0.6, 12);
    expect(faratinAlpha(0, { beta: 0.2, kappa: 0, form: 'exponential' })).toBeCloseTo(0.01, 12);
    expect(faratinAlpha(1, { beta: 0.2, kappa: 0, form: 'exponential' })).toBeCloseTo(1, 12);
    expect(faratinAlpha(0.5, { beta: 0.2, kappa: 0, form: 'exponential' })).toBeLessThan(
      faratinAlpha(0.5, { beta: 2, kappa: 0, form: 'exponential' }),
    );
  });

  it('faratinTimeNegotiator() linear buyer and seller meet in the middle with ACnext', () => {
    const factory = faratinTimeNegotiator({ beta: 'linear' });
    expect(factory.name).toBe('faratin-linear');
    const result = runPair(priceSpace, { factory, ufun: buyer }, { factory, ufun: seller }, { nSteps: 9 });
    // t = (s + 1)/10: the buyer offers 10 (s + 1), the seller 100 - 10 (s + 1).
    expect(offersOf(result, 0).map((o) => o['price'])).toEqual([10, 20, 30, 40, 50]);
    expect(offersOf(result, 1).map((o) => o['price'])).toEqual([90, 80, 70, 60]);
    expect(result.agreement).toEqual({ price: 50 });
    expect(result.rounds).toBe(5);
  });

  it('faratinTimeNegotiator() Boulware holds out longer than Conceder', () => {
    const run = (beta: 'boulware' | 'conceder') => {
      const factory = faratinTimeNegotiator({ beta });
      return runPair(priceSpace, { factory, ufun: buyer }, { factory, ufun: seller }, { nSteps: 20 });
    };
    const boulware = run('boulware');
    const conceder = run('conceder');
    expect(boulware.status).toBe('agreement');
    expect(conceder.status).toBe('agreement');
    expect(boulware.relativeTime).toBeGreaterThan(conceder.relativeTime);
    // Boulware seller at t = 0.5: 100 - 100 · 0.5^5 ≈ 96.9.
    const n = faratinTimeNegotiator().create(
      contextFor(priceSpace, seller, { nSteps: 20, seed: 's', index: 1 }),
    );
    expect(
      n.propose({ step: 0, relativeTime: 0.5, nSteps: 20, currentOffer: null, currentProposer: -1 }),
    ).toEqual({ price: 97 });
  });

  it('faratinTimeNegotiator() works issue by issue with inferred weights and fixed categorical issues', () => {
    const space = new OutcomeSpace([
      continuousIssue('price', 10, 20),
      integerIssue('quantity', 1, 5),
      discreteIssue('colour', ['red', 'blue']),
    ]);
    const u = {
      reservedValue: 0,
      eval: (o: Readonly<Record<string, number | string>> | null) =>
        o === null
          ? 0
          : 0.6 * ((20 - (o['price'] as number)) / 10) +
            0.3 * (((o['quantity'] as number) - 1) / 4) +
            (o['colour'] === 'blue' ? 0.1 : 0),
    };
    const profile = NumericIssueProfile.infer(space, u);
    expect(profile.issues.map((s) => [s.name, s.increasing])).toEqual([
      ['price', false],
      ['quantity', true],
    ]);
    expect(profile.issues[0]?.weight).toBeCloseTo(2 / 3, 12);
    const n = faratinTimeNegotiator({ beta: 'linear' }).create(
      contextFor(space, u, { nSteps: 9, seed: 's', index: 0 }),
    );
    const offer = n.propose({
      step: 4,
      relativeTime: 0.5,
      nSteps: 9,
      currentOffer: null,
      currentProposer: -1,
    });
    expect(offer).toEqual({ price: 15, quantity: 3, colour: 'blue' });
    expect(space.contains(offer)).toBe(true);
  });

  it('faratinTimeNegotiator() accepts explicit ranges and never accepts below the reserved value', () => {
    const factory = faratinTimeNegotiator({
      beta: 'linear',
      issues: [{ name: 'price', min: 40, max: 80, weight: 1, increasing: true }],
    });
    const picky = linearUfun([{ issue: 'price', min: 0, max: 100, weight: 1, rising: true }], 0.41);
    const n = factory.create(contextFor(priceSpace, picky, { nSteps: 9, seed: 's', index: 1 }));
    const late = { step: 8, relativeTime: 0.9, nSteps: 9, currentOffer: null, currentProposer: -1 };
    expect(n.propose(late)).toEqual({ price: 44 });
    expect(n.respond(late, { price: 44 })).toBe('accept');
    expect(n.respond(late, { price: 42 })).toBe('reject'); // V(42) < V(44)
    const early = { ...late, relativeTime: 0.99 };
    expect(n.respond(early, { price: 40 })).toBe('reject'); // V(40) = V(own next offer 40) but u = 0.40 < r
    expect(() =>
      faratinTimeNegotiator({
        issues: [{ name: 'price', min: -1, max: 80, weight: 1, increasing: true }],
      }).create(contextFor(priceSpace, picky, { nSteps: 9, seed: 's', index: 1 })),
    ).toThrow(RangeError);
  });
});

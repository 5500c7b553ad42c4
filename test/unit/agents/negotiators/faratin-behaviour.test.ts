import { describe, expect, it } from 'vitest';
import { faratinBehaviourNegotiator } from '../../../../agents/negotiators/faratin-behaviour.ts';
import { continuousIssue, integerIssue, type Outcome } from '../../../../src/negotiation/issue.ts';
import type { NegotiatorFactory } from '../../../../src/negotiation/negotiator-factory.ts';
import { OutcomeSpace } from '../../../../src/negotiation/outcome-space.ts';
import { linearUfun, offersOf, runPair } from '../../../support/tiny-negotiation.ts';

const space = new OutcomeSpace([continuousIssue('price', 400, 600)]);
const buyer = linearUfun([{ issue: 'price', min: 400, max: 600, weight: 1, rising: false }]);
const seller = linearUfun([{ issue: 'price', min: 400, max: 600, weight: 1, rising: true }]);

/** Offers the given prices in turn (then repeats the last) and rejects everything. */
function scripted(prices: readonly number[]): NegotiatorFactory {
  return {
    name: 'scripted',
    description: 'test script',
    create() {
      let i = 0;
      return {
        propose: () => ({ price: prices[Math.min(i++, prices.length - 1)] as number }),
        respond: () => 'reject',
      };
    },
  };
}

const prices = (result: ReturnType<typeof runPair>, actor: number) =>
  offersOf(result, actor).map((o: Outcome) => o['price'] as number);

describe('faratinBehaviourNegotiator', () => {
  it('faratinBehaviourNegotiator() relative TFT mirrors a seller going 600 -> 580 (buyer at 400 offers ≈ 413.8)', () => {
    const factory = faratinBehaviourNegotiator({ kind: 'relative' });
    expect(factory.name).toBe('tft-relative');
    const result = runPair(
      space,
      { factory, ufun: buyer },
      { factory: scripted([600, 580]), ufun: seller },
      { nSteps: 3 },
    );
    const own = prices(result, 0);
    expect(own.slice(0, 2)).toEqual([400, 400]); // initial offer repeated until k > δ
    expect(own[2]).toBeCloseTo((400 * 600) / 580, 9); // 413.79
  });

  it('faratinBehaviourNegotiator() relative TFT seller at 600 answers a buyer going 400 -> 420 with ≈ 571.4', () => {
    const factory = faratinBehaviourNegotiator({ kind: 'relative' });
    const result = runPair(
      space,
      { factory, ufun: seller },
      { factory: scripted([400, 420]), ufun: buyer },
      { nSteps: 3 },
    );
    const own = prices(result, 0);
    expect(own.slice(0, 2)).toEqual([600, 600]);
    expect(own[2]).toBeCloseTo((600 * 400) / 420, 9);
  });

  it('faratinBehaviourNegotiator() random absolute TFT copies the absolute concession plus at most M toward the opponent', () => {
    const factory = faratinBehaviourNegotiator({ kind: 'random-absolute' });
    for (const seed of ['a', 'b', 'c', 'd', 'e']) {
      const result = runPair(
        space,
        { factory, ufun: seller },
        { factory: scripted([400, 420]), ufun: buyer },
        { nSteps: 3, seed },
      );
      const third = prices(result, 0)[2] as number;
      // 600 + (400 - 420) - R(M), M = ⌈0.02 · 200⌉ = 4.
      expect(third).toBeGreaterThanOrEqual(576);
      expect(third).toBeLessThanOrEqual(580);
      expect(Number.isInteger(third)).toBe(true);
    }
  });

  it('faratinBehaviourNegotiator() averaged TFT uses the concession over the last γ = 2 offers', () => {
    const factory = faratinBehaviourNegotiator({ kind: 'averaged' });
    const result = runPair(
      space,
      { factory, ufun: seller },
      { factory: scripted([400, 410, 420]), ufun: buyer },
      { nSteps: 4 },
    );
    const own = prices(result, 0);
    expect(own.slice(0, 3)).toEqual([600, 600, 600]);
    expect(own[3]).toBeCloseTo((600 * 400) / 420, 9);
  });

  it('faratinBehaviourNegotiator() accepts an offer at least as good as its own next offer', () => {
    const factory = faratinBehaviourNegotiator({ kind: 'relative' });
    // The seller offers 600, then 410: the buyer's next offer would be 400 · 600/410 ≈ 585, so 410 is better.
    const result = runPair(
      space,
      { factory, ufun: buyer },
      { factory: scripted([600, 410]), ufun: seller },
      { nSteps: 5 },
    );
    expect(result.status).toBe('agreement');
    expect(result.agreement).toEqual({ price: 410 });
  });

  it('faratinBehaviourNegotiator() rounds on integer issues and keeps offers inside the range', () => {
    const ints = new OutcomeSpace([integerIssue('price', 400, 600)]);
    const factory = faratinBehaviourNegotiator({ kind: 'relative' });
    const result = runPair(
      ints,
      { factory, ufun: buyer },
      { factory: scripted([600, 580, 560, 590]), ufun: seller },
      { nSteps: 6 },
    );
    const own = prices(result, 0);
    expect(own[2]).toBe(414);
    for (const p of own) expect(ints.contains({ price: p })).toBe(true);
  });

  it('faratinBehaviourNegotiator() rejects a window below 1', () => {
    expect(() => faratinBehaviourNegotiator({ kind: 'relative', delta: 0 })).toThrow(RangeError);
  });
});

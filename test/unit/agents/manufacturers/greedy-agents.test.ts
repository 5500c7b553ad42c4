import { describe, expect, it } from 'vitest';
import { greedyQuantity } from '../../../../agents/manufacturers/greedy-one-shot.ts';
import { GreedyMemory } from '../../../../agents/manufacturers/greedy-memory.ts';
import { normalisedAcceptable } from '../../../../agents/manufacturers/greedy-single-agreement.ts';
import { greedyStdQuantity } from '../../../../agents/manufacturers/greedy-std.ts';
import { greedySyncChoose } from '../../../../agents/manufacturers/greedy-sync.ts';
import { createRng } from '../../../../src/core/rng.ts';

const Q = { min: 1, max: 10 };
const offer = (quantity: number, unitPrice: number) => ({ quantity, deliveryDay: 0, unitPrice });

describe('greedyQuantity', () => {
  it('greedyQuantity() proposes nothing without a whole unit of need', () => {
    const never = (): number => {
      throw new Error('no draw expected');
    };
    expect(greedyQuantity(0.9, Q, 0, 50, never)).toBeNull();
    expect(greedyQuantity(-3, Q, 0, 50, never)).toBeNull();
    expect(greedyQuantity(Infinity, Q, 0, 50, never)).toBeNull();
  });

  it('greedyQuantity() draws between a day-dependent minimum and min(needs, qmax)', () => {
    const calls: [number, number][] = [];
    const spy = (lo: number, hi: number): number => (calls.push([lo, hi]), hi);
    expect(greedyQuantity(7.8, Q, 0, 50, spy)).toBe(7);
    expect(greedyQuantity(25, Q, 25, 50, spy)).toBe(10);
    expect(calls).toEqual([
      [1, 7],
      [5, 10], // int(0.5 + 10 · 25 / 50) = 5
    ]);
  });
});

describe('GreedyMemory', () => {
  it("GreedyMemory sets a partner's daily best to the overall daily best", () => {
    const m = new GreedyMemory();
    m.recordOffer(true, 'a', 12);
    m.recordOffer(true, 'b', 9);
    expect(m.bests(true, 'b').todayFromPartner).toBe(12);
    expect(m.bests(true, 'c').todayFromPartner).toBe(0);
    m.recordOffer(false, 'a', 7);
    m.recordOffer(false, 'b', 8);
    expect(m.bests(false, 'b').todayFromPartner).toBe(7);
    m.resetDay();
    expect(m.bests(true, 'a')).toEqual({
      today: 0,
      accumulated: 0,
      todayFromPartner: 0,
      accumulatedFromPartner: 0,
    });
  });

  it('GreedyMemory keeps agreements across days, per partner', () => {
    const m = new GreedyMemory();
    m.recordAgreement(true, 'a', 12);
    m.recordAgreement(true, 'a', 10);
    m.recordAgreement(false, 'b', 8);
    m.resetDay();
    expect(m.bests(true, 'a')).toMatchObject({ accumulated: 12, accumulatedFromPartner: 12 });
    expect(m.bests(false, 'b')).toMatchObject({ accumulated: 8, accumulatedFromPartner: 8 });
    expect(m.bests(false, 'a').accumulatedFromPartner).toBe(Infinity);
  });
});

describe('greedySyncChoose', () => {
  it('greedySyncChoose() pairs partners in their order with offers in price order', () => {
    const offers = { a: offer(3, 10), b: offer(2, 12), c: offer(4, 11) };
    // Selling, best first: b (2 @ 12), c (4 @ 11), a (3 @ 10). Partners a, b, c take them by position.
    const { chosen, walked } = greedySyncChoose(['a', 'b', 'c'], offers, true, 7);
    expect(chosen).toEqual({ a: offer(2, 12), b: offer(4, 11) });
    expect(walked).toBe(9); // 2 + 4, then 3 reaches the need and stops the walk
  });

  it('greedySyncChoose() takes nothing when the first offer already reaches the need', () => {
    // Buying, cheapest first: 5 @ 10 alone reaches the need 4, so the walk stops before choosing it.
    const { chosen, walked } = greedySyncChoose(['a', 'b'], { a: offer(1, 12), b: offer(5, 10) }, false, 4);
    expect(chosen).toEqual({});
    expect(walked).toBe(5);
  });
});

describe('normalisedAcceptable', () => {
  it('normalisedAcceptable() needs (u − min)/(max − min) >= 1 − t', () => {
    expect(normalisedAcceptable(75, 0, 100, 0.25)).toBe(true);
    expect(normalisedAcceptable(74, 0, 100, 0.25)).toBe(false);
    expect(normalisedAcceptable(5, 5, 5, 0.1)).toBe(true);
  });
});

describe('greedyStdQuantity', () => {
  const base = {
    today: 10,
    nDays: 50,
    nLines: 10,
    quantity: { min: 1, max: 30 },
    deliveryDay: { min: 10, max: 20 },
  };

  it("greedyStdQuantity() asks for today's need, at most n_lines, delivered today", () => {
    const rng = createRng('g');
    for (let i = 0; i < 50; i++) {
      const o = greedyStdQuantity({ ...base, needToday: 25, futureNeed: () => 0 }, rng);
      expect(o.deliveryDay).toBe(10);
      expect(o.quantity).toBeGreaterThanOrEqual(2); // int(0.5 + 10 · 10 / 50)
      expect(o.quantity).toBeLessThanOrEqual(10);
    }
  });

  it('greedyStdQuantity() turns to a future day with a need, within the lines available until then', () => {
    const rng = createRng('g');
    for (let i = 0; i < 50; i++) {
      const o = greedyStdQuantity({ ...base, needToday: 0, futureNeed: (t) => (t === 12 ? 7.5 : 0) }, rng);
      expect(o.deliveryDay).toBe(12);
      expect(o.quantity).toBeGreaterThanOrEqual(2);
      expect(o.quantity).toBeLessThanOrEqual(7);
    }
  });

  it('greedyStdQuantity() offers one unit today when nothing is needed', () => {
    expect(greedyStdQuantity({ ...base, needToday: 0, futureNeed: () => 0 }, createRng('g'))).toEqual({
      quantity: 1,
      deliveryDay: 10,
    });
  });
});

import { describe, expect, it } from 'vitest';
import {
  BUY_WEIGHTS,
  SELL_WEIGHTS,
  linearAspiration,
  linearUtility,
  lowestAtLeast,
} from '../../../../agents/factory/linear-aspiration.ts';
import type { FactoryIssues, FactoryOffer } from '../../../../worlds/factory/factory-types.ts';

const issues: FactoryIssues = {
  quantity: { min: 1, max: 4 },
  deliveryDay: { min: 3, max: 5 },
  unitPrice: { min: 8, max: 14 },
};

/** The presorted list of negotiation.md B.1: every outcome by utility, ties in enumeration order. */
function bruteForce(w: typeof SELL_WEIGHTS, x: number): FactoryOffer | null {
  let best: FactoryOffer | null = null;
  for (let q = 1; q <= 4; q++)
    for (let t = 3; t <= 5; t++)
      for (let p = 8; p <= 14; p++) {
        const o = { quantity: q, deliveryDay: t, unitPrice: p };
        const u = linearUtility(o, w);
        if (u >= x && (best === null || u < linearUtility(best, w))) best = o;
      }
  return best;
}

describe('lowestAtLeast()', () => {
  it('finds the lowest-utility outcome at or above x, first in enumeration order on ties, as the sorted list would', () => {
    for (const w of [SELL_WEIGHTS, BUY_WEIGHTS, { quantity: 0.5, deliveryDay: 2, unitPrice: -3 }]) {
      const us = [];
      for (let q = 1; q <= 4; q++)
        for (let t = 3; t <= 5; t++)
          for (let p = 8; p <= 14; p++)
            us.push(linearUtility({ quantity: q, deliveryDay: t, unitPrice: p }, w));
      const lo = Math.min(...us);
      const hi = Math.max(...us);
      for (let k = 0; k <= 40; k++) {
        const x = lo - 1 + ((hi - lo + 2) * k) / 40;
        expect(lowestAtLeast(issues, w, x)).toEqual(bruteForce(w, x));
      }
    }
  });
});

describe('linearAspiration()', () => {
  it('opens with its best outcome and concedes late (Boulware), accepting offers at or above its target', () => {
    const n = linearAspiration(issues, SELL_WEIGHTS);
    const at = (relativeTime: number) => ({
      step: 0,
      relativeTime,
      nSteps: 20,
      currentOffer: null,
      currentProposer: -1,
    });
    expect(n.propose(at(1 / 21))).toEqual({ quantity: 4, deliveryDay: 5, unitPrice: 14 });
    const late = n.propose(at(20 / 21));
    expect(linearUtility(late as FactoryOffer, SELL_WEIGHTS)).toBeLessThan(4 + 5 + 140);
    expect(n.respond(at(1 / 21), { quantity: 1, deliveryDay: 3, unitPrice: 8 })).toBe('reject');
    expect(n.respond(at(1 / 21), { quantity: 4, deliveryDay: 5, unitPrice: 14 })).toBe('accept');
    // At t = 1 the target reaches the worst outcome: everything is acceptable.
    expect(n.respond(at(1), { quantity: 1, deliveryDay: 3, unitPrice: 8 })).toBe('accept');
  });

  it('buys cheap and early: the buyer opens at the lowest price and the earliest day', () => {
    const n = linearAspiration(issues, BUY_WEIGHTS);
    expect(
      n.propose({ step: 0, relativeTime: 0.05, nSteps: 20, currentOffer: null, currentProposer: -1 }),
    ).toEqual({
      quantity: 4,
      deliveryDay: 3,
      unitPrice: 8,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { enumerateOutcomes, offerWithin } from '../../../../agents/components/single-agreement.ts';
import { aspirationIndex } from '../../../../agents/manufacturers/single-agreement-aspiration.ts';
import { overOrdering } from '../../../../agents/manufacturers/sync-random-one-shot.ts';
import { randomOneShotResponse } from '../../../../agents/manufacturers/random-one-shot.ts';
import { randomOutcome } from '../../../../agents/manufacturers/random-outcome.ts';
import { booleanParam, numberParam } from '../../../../agents/manufacturers/agent-param.ts';
import { createRng } from '../../../../src/core/rng.ts';

const ISSUES = {
  quantity: { min: 1, max: 3 },
  deliveryDay: { min: 4, max: 5 },
  unitPrice: { min: 9, max: 10 },
};

describe('small agent helpers', () => {
  it('randomOneShotResponse() ends below 0.005, accepts below 0.105, else rejects', () => {
    expect(randomOneShotResponse(0.004)).toBe('end');
    expect(randomOneShotResponse(0.005)).toBe('accept');
    expect(randomOneShotResponse(0.104)).toBe('accept');
    expect(randomOneShotResponse(0.105)).toBe('reject');
  });

  it('overOrdering() runs from 0.2 at the start to 0 at the end', () => {
    expect(overOrdering(0, 0.2, 0, 0.4)).toBe(0.2);
    expect(overOrdering(1, 0.2, 0, 0.4)).toBe(0);
    expect(overOrdering(0.5, 0.2, 0, 0.4)).toBeCloseTo(0.2 - 0.2 * Math.pow(0.5, 0.4), 12);
  });

  it('aspirationIndex() finds the last outcome still at or above the aspiration', () => {
    const normalised = [1, 0.9, 0.9, 0.5, 0.2, 0];
    expect(aspirationIndex(normalised, 1)).toBe(0);
    expect(aspirationIndex(normalised, 0.9)).toBe(2);
    expect(aspirationIndex(normalised, 0.3)).toBe(3);
    expect(aspirationIndex(normalised, 0)).toBe(5);
    expect(aspirationIndex(normalised, 2)).toBe(0);
  });

  it('enumerateOutcomes() lists every outcome, quantity first; offerWithin() checks the ranges', () => {
    const all = enumerateOutcomes(ISSUES);
    expect(all).toHaveLength(12);
    expect(all[0]).toEqual({ quantity: 1, deliveryDay: 4, unitPrice: 9 });
    expect(all[1]).toEqual({ quantity: 1, deliveryDay: 4, unitPrice: 10 });
    expect(all.every((o) => offerWithin(o, ISSUES))).toBe(true);
    expect(offerWithin({ quantity: 4, deliveryDay: 4, unitPrice: 9 }, ISSUES)).toBe(false);
    expect(offerWithin({ quantity: 1, deliveryDay: 4, unitPrice: 8 }, ISSUES)).toBe(false);
  });

  it('randomOutcome() stays inside the issues', () => {
    const rng = createRng('r');
    for (let i = 0; i < 100; i++) expect(offerWithin(randomOutcome(ISSUES, rng), ISSUES)).toBe(true);
  });

  it('numberParam() draws only when the parameter is absent; booleanParam() checks its type', () => {
    let draws = 0;
    const draw = (): number => (draws++, 0.5);
    expect(numberParam({ e: 0.3 }, 'e', draw)).toBe(0.3);
    expect(draws).toBe(0);
    expect(numberParam({}, 'e', draw)).toBe(0.5);
    expect(draws).toBe(1);
    expect(() => numberParam({ e: 'x' }, 'e', draw)).toThrow(TypeError);
    expect(booleanParam({ equal: true }, 'equal', false)).toBe(true);
    expect(booleanParam({}, 'equal', false)).toBe(false);
    expect(() => booleanParam({ equal: 1 }, 'equal', false)).toThrow(TypeError);
  });
});

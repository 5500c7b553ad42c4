import { describe, expect, it } from 'vitest';
import { DiscountedUtility } from '../../../src/negotiation/discounted-utility.ts';
import { MappingUtility } from '../../../src/negotiation/mapping-utility.ts';

const base = new MappingUtility(() => 0.8, { reservedValue: 0.5 });

describe('DiscountedUtility', () => {
  it('evalAt() applies u · d^t and discounts the reserved value too (A.5)', () => {
    const u = new DiscountedUtility(base, { discount: { type: 'exponential', factor: 0.5 } });
    expect(u.evalAt({ a: 1 }, 2)).toBeCloseTo(0.2, 12);
    expect(u.evalAt(null, 1)).toBeCloseTo(0.25, 12);
    expect(u.eval({ a: 1 })).toBe(0.8);
    expect(u.reservedValue).toBe(0.5);
  });

  it('evalAt() does not discount with d ≤ 0 or d ≥ 1 (GENIUS rule)', () => {
    for (const factor of [0, -0.5, 1, 1.5]) {
      const u = new DiscountedUtility(base, { discount: { type: 'exponential', factor } });
      expect(u.discounts).toBe(false);
      expect(u.evalAt({ a: 1 }, 0.7)).toBe(0.8);
    }
  });

  it('evalAt() applies u − (c · t)^p for a linear discount', () => {
    const u = new DiscountedUtility(base, { discount: { type: 'linear', cost: 0.2, power: 2 } });
    expect(u.evalAt({ a: 1 }, 1.5)).toBeCloseTo(0.8 - 0.09, 12);
    const v = new DiscountedUtility(base, { discount: { type: 'linear', cost: 0.1 } });
    expect(v.evalAt({ a: 1 }, 2)).toBeCloseTo(0.6, 12);
  });

  it('evalAt() keeps the reserved value without dynamic reservation', () => {
    const u = new DiscountedUtility(base, {
      discount: { type: 'exponential', factor: 0.5 },
      dynamicReservation: false,
    });
    expect(u.evalAt(null, 3)).toBe(0.5);
  });

  it('constructor and evalAt() reject invalid parameters', () => {
    expect(() => new DiscountedUtility(base, { discount: { type: 'linear', cost: -1 } })).toThrow(RangeError);
    expect(() => new DiscountedUtility(base, { discount: { type: 'exponential', factor: NaN } })).toThrow(
      RangeError,
    );
    const u = new DiscountedUtility(base, { discount: { type: 'exponential', factor: 0.5 } });
    expect(() => u.evalAt({ a: 1 }, -1)).toThrow(RangeError);
  });
});

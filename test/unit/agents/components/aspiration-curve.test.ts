import { describe, expect, it } from 'vitest';
import { aspirationCurve } from '../../../../agents/components/aspiration-curve.ts';

describe('aspirationCurve', () => {
  it('aspirationCurve() gives B.1 example values at t = 0.5', () => {
    expect(aspirationCurve({ exponent: 'boulware' })(0.5)).toBeCloseTo(0.9375, 12);
    expect(aspirationCurve({ exponent: 'linear' })(0.5)).toBeCloseTo(0.5, 12);
    expect(aspirationCurve({ exponent: 'conceder' })(0.5)).toBeCloseTo(0.159, 3);
    expect(aspirationCurve()(0.5)).toBeCloseTo(0.9375, 12);
  });

  it('aspirationCurve() never concedes when hardheaded', () => {
    const a = aspirationCurve({ exponent: 'hardheaded', maxAspiration: 0.9 });
    for (const t of [0, 0.5, 0.99, 1]) expect(a(t)).toBe(0.9);
  });

  it('aspirationCurve() runs from a_max to 0 in both forms and accepts numeric exponents', () => {
    for (const form of ['polynomial', 'exponential'] as const) {
      const a = aspirationCurve({ form, exponent: 'linear', maxAspiration: 0.8 });
      expect(a(0)).toBeCloseTo(0.8, 12);
      expect(a(1)).toBeCloseTo(0, 12);
      expect(a(-1)).toBeCloseTo(0.8, 12);
    }
    expect(aspirationCurve({ exponent: 2 })(0.5)).toBeCloseTo(0.75, 12);
  });

  it('aspirationCurve() in exponential form concedes later with a smaller exponent', () => {
    const boulware = aspirationCurve({ form: 'exponential', exponent: 'boulware' });
    const conceder = aspirationCurve({ form: 'exponential', exponent: 'conceder' });
    expect(boulware(0.5)).toBeGreaterThan(aspirationCurve({ form: 'exponential', exponent: 'linear' })(0.5));
    expect(conceder(0.5)).toBeLessThan(0.2);
    expect(boulware(0.5)).toBeCloseTo((Math.exp(Math.pow(0.5, 0.125)) - 1) / (Math.E - 1), 12);
  });

  it('aspirationCurve() rejects a negative exponent', () => {
    expect(() => aspirationCurve({ exponent: -1 })).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { kolmogorovSurvival } from '../../../../analysis/ranking/kolmogorov-survival.ts';

describe('kolmogorovSurvival()', () => {
  it('matches the alternating series summed by hand', () => {
    // Q(1) = 2(e^−2 − e^−8 + e^−18 − e^−32 + …).
    const q1 = 2 * (Math.exp(-2) - Math.exp(-8) + Math.exp(-18) - Math.exp(-32));
    expect(kolmogorovSurvival(1)).toBeCloseTo(q1, 15);
    expect(kolmogorovSurvival(2)).toBeCloseTo(2 * (Math.exp(-8) - Math.exp(-32)), 17);
  });

  it('gives 0.05 at the classic critical value 1.358', () => {
    expect(kolmogorovSurvival(1.3580986393225507)).toBeCloseTo(0.05, 14);
  });

  it('is continuous where it switches series', () => {
    expect(kolmogorovSurvival(1.18 - 1e-12)).toBeCloseTo(kolmogorovSurvival(1.18), 11);
  });

  it('is 1 at and below 0 and NaN for NaN', () => {
    expect(kolmogorovSurvival(0)).toBe(1);
    expect(kolmogorovSurvival(-1)).toBe(1);
    expect(kolmogorovSurvival(0.05)).toBe(1);
    expect(kolmogorovSurvival(NaN)).toBeNaN();
  });
});

import { describe, expect, it } from 'vitest';
import { studentTTwoSidedP } from '../../../../analysis/ranking/student-t-two-sided-p.ts';

describe('studentTTwoSidedP()', () => {
  it('matches closed forms for one and two degrees of freedom', () => {
    // df = 1 (Cauchy): p = 1 − (2/π)·atan|t|, so t = 1 gives 1/2.
    expect(studentTTwoSidedP(1, 1)).toBeCloseTo(0.5, 14);
    // df = 2: p = 1 − |t| / √(t² + 2), so t = 2 gives 1 − 2/√6.
    expect(studentTTwoSidedP(-2, 2)).toBeCloseTo(1 - 2 / Math.sqrt(6), 14);
  });

  it('gives 0.05 at the tabled critical value for 10 degrees of freedom', () => {
    expect(studentTTwoSidedP(2.2281388519649385, 10)).toBeCloseTo(0.05, 10);
  });

  it('gives 1 at t = 0, 0 at infinite t and NaN for undefined input', () => {
    expect(studentTTwoSidedP(0, 3.5)).toBe(1);
    expect(studentTTwoSidedP(-Infinity, 3)).toBe(0);
    expect(studentTTwoSidedP(NaN, 3)).toBeNaN();
    expect(studentTTwoSidedP(1, 0)).toBeNaN();
  });
});

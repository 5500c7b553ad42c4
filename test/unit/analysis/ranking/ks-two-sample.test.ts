import { describe, expect, it } from 'vitest';
import { ksTwoSample } from '../../../../analysis/ranking/ks-two-sample.ts';

describe('ksTwoSample()', () => {
  it('computes D on small samples as worked by hand', () => {
    // ECDF gaps at 1, 2, 3, 4, 5, 6, 8: 1/3, 1/12, 5/12, 1/6, 1/2, 1/4, 0, so D = 1/2.
    const r = ksTwoSample([5, 1, 3], [2, 8, 4, 6]);
    expect(r.d).toBe(0.5);
    expect(r.p).toBeCloseTo(23 / 35, 15);
    expect(r.method).toBe('exact');
  });

  it('gives D = 1 and p = 2/C(6, 3) for separated samples', () => {
    expect(ksTwoSample([1, 2, 3], [4, 5, 6])).toEqual({ d: 1, p: expect.closeTo(0.1, 15), method: 'exact' });
  });

  it('gives a small p for clearly different samples', () => {
    // 0..9 against 100..109: p = 2 / C(20, 10) = 2 / 184756 (scipy: 1.0825088224469026e-05).
    const r = ksTwoSample([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [100, 101, 102, 103, 104, 105, 106, 107, 108, 109]);
    expect(r.d).toBe(1);
    expect(r.p).toBeCloseTo(2 / 184756, 18);
  });

  it('gives D = 0 and p = 1 for equal samples', () => {
    expect(ksTwoSample([1, 2, 3], [3, 2, 1])).toEqual({ d: 0, p: 1, method: 'exact' });
  });

  it('measures D on tied values like scipy', () => {
    // At 1: 2/3 vs 1/3; at 2: 1 vs 1. D = 1/3, and every order of 3 + 3 reaches it, so p = 1.
    const r = ksTwoSample([1, 1, 2], [1, 2, 2]);
    expect(r.d).toBeCloseTo(1 / 3, 15);
    expect(r.p).toBe(1);
  });

  it('uses the limiting Kolmogorov distribution when asked', () => {
    // λ = √(3·3/6)·1 = √1.5, Q(λ) = 2(e^−3 − e^−12 + e^−27 − …).
    const r = ksTwoSample([1, 2, 3], [4, 5, 6], { method: 'asymptotic' });
    expect(r.method).toBe('asymptotic');
    expect(r.p).toBeCloseTo(2 * (Math.exp(-3) - Math.exp(-12) + Math.exp(-27)), 15);
  });

  it('switches to the asymptotic p-value above 10,000 values per side', () => {
    const big = Array.from({ length: 10_001 }, (_, k) => k);
    expect(ksTwoSample(big, [5000.5]).method).toBe('asymptotic');
    expect(ksTwoSample(big.slice(1), [5000.5]).method).toBe('exact');
  });

  it('returns NaN for an empty sample or NaN scores', () => {
    expect(ksTwoSample([], [1]).p).toBeNaN();
    expect(ksTwoSample([1, NaN], [1]).d).toBeNaN();
  });
});

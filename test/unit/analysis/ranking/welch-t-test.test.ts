import { describe, expect, it } from 'vitest';
import { welchTTest } from '../../../../analysis/ranking/welch-t-test.ts';

describe('welchTTest()', () => {
  it('matches a hand-worked example and scipy', () => {
    // a = 1..5: mean 3, var 10/4 = 2.5; b = 2, 4, .., 10: mean 6, var 40/4 = 10.
    // se² = 2.5/5 + 10/5 = 2.5, t = −3/√2.5 = −1.8973665961010275;
    // df = 2.5² / (0.5²/4 + 2²/4) = 6.25 / 1.0625 = 5.882352941176471.
    // scipy.stats.ttest_ind(a, b, equal_var=False).pvalue = 0.10753119493062728
    // (t-table check: |t| = 1.90 at df ≈ 6 lies between the 0.20 and 0.10 two-sided columns).
    const r = welchTTest([1, 2, 3, 4, 5], [2, 4, 6, 8, 10]);
    expect(r.t).toBeCloseTo(-3 / Math.sqrt(2.5), 14);
    expect(r.df).toBeCloseTo(6.25 / 1.0625, 13);
    expect(r.p).toBeCloseTo(0.10753119493062728, 12);
  });

  it('gives t = 0 and p = 1 for equal samples', () => {
    // Both variances 1, se² = 2/3, df = (2/3)² / (2 · (1/3)² / 2) = 4.
    expect(welchTTest([1, 2, 3], [1, 2, 3])).toEqual({ t: 0, df: 4, p: 1 });
  });

  it('gives exactly t = 0 for the same scores in another order', () => {
    const scores = [0.1, 0.7, 0.2, 1.3, 0.30000000000000004, 0.9];
    expect(welchTTest(scores, [...scores].reverse())).toMatchObject({ t: 0, p: 1 });
  });

  it('gives a small p for clearly different samples', () => {
    // Equal variances 0.025/4 and n = 5: se = √(2 · 0.00625 / 5) = 0.05, t = −1/0.05 = −20, df = 8.
    // scipy: p = 4.0739183286749386e-08.
    const r = welchTTest([1.0, 1.1, 0.9, 1.05, 0.95], [2.0, 2.1, 1.9, 2.05, 1.95]);
    expect(r.t).toBeCloseTo(-20, 10);
    expect(r.df).toBeCloseTo(8, 10);
    expect(r.p).toBeCloseTo(4.0739183286749386e-8, 18);
  });

  it('is antisymmetric in t and symmetric in p', () => {
    const ab = welchTTest([1, 2, 3, 4, 5], [2, 4, 6, 8, 10]);
    const ba = welchTTest([2, 4, 6, 8, 10], [1, 2, 3, 4, 5]);
    expect(ba.t).toBe(-ab.t);
    expect(ba.p).toBe(ab.p);
  });

  it('returns NaN when a side has fewer than two scores', () => {
    expect(welchTTest([1], [1, 2])).toEqual({ t: NaN, df: NaN, p: NaN });
    expect(welchTTest([], [])).toEqual({ t: NaN, df: NaN, p: NaN });
  });

  it('follows scipy when both variances are zero', () => {
    expect(welchTTest([1, 1], [1, 1])).toEqual({ t: NaN, df: NaN, p: NaN });
    expect(welchTTest([1, 1], [2, 2])).toEqual({ t: -Infinity, df: NaN, p: 0 });
  });

  it('propagates NaN scores', () => {
    expect(welchTTest([1, NaN, 3], [1, 2]).p).toBeNaN();
  });
});

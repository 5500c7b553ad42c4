import { describe, expect, it } from 'vitest';
import { smirnovExactP } from '../../../../analysis/ranking/smirnov-exact-p.ts';

describe('smirnovExactP()', () => {
  it('counts the fully separated orders for d = 1', () => {
    // Only "all of sample 1 first" and "all of sample 2 first" reach D = 1: 2 of C(6, 3) = 20.
    expect(smirnovExactP(1, { n1: 3, n2: 3 })).toBeCloseTo(2 / 20, 15);
  });

  it('matches a lattice-path count done by hand for unequal sizes', () => {
    // n1 = 3, n2 = 4, d = 1/2: paths staying inside |4i − 3j| ≤ 5 number 12 of C(7, 3) = 35,
    // so p = 23/35 (scipy: 0.6571428571428571).
    expect(smirnovExactP(0.5, { n1: 3, n2: 4 })).toBeCloseTo(23 / 35, 15);
    expect(smirnovExactP(0.5, { n1: 4, n2: 3 })).toBeCloseTo(23 / 35, 15);
  });

  it('matches the Gnedenko–Korolyuk formula for equal sizes', () => {
    // p(D ≥ k/n) = 2 Σ_{j≥1} (−1)^(j+1) C(2n, n − jk) / C(2n, n).
    // n = 5, k = 3: 2·C(10, 2)/C(10, 5) = 90/252. n = 10, k = 4: 2·(C(20, 6) − C(20, 2))/C(20, 10).
    expect(smirnovExactP(3 / 5, { n1: 5, n2: 5 })).toBeCloseTo(90 / 252, 15);
    expect(smirnovExactP(4 / 10, { n1: 10, n2: 10 })).toBeCloseTo((2 * (38760 - 190)) / 184756, 15);
  });

  it('gives 1 for d = 0 and NaN for an empty sample', () => {
    expect(smirnovExactP(0, { n1: 4, n2: 7 })).toBe(1);
    expect(smirnovExactP(0.5, { n1: 0, n2: 7 })).toBeNaN();
  });
});

import { describe, expect, it } from 'vitest';
import { paretoFrontier } from '../../../src/negotiation/pareto-frontier.ts';
import { ASYMMETRIC, FIFTY_FIFTY } from './solution-fixtures.ts';

describe('paretoFrontier', () => {
  it('paretoFrontier() keeps exactly the non-dominated outcomes, best first for party 1', () => {
    expect(paretoFrontier(ASYMMETRIC)).toEqual([0, 1, 2, 3]);
    expect(paretoFrontier(FIFTY_FIFTY)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
  });

  it('paretoFrontier() keeps all copies of a frontier point and drops weakly dominated ones', () => {
    // (1,1) twice; (1,0.5) and (0.5,1) are weakly dominated by (1,1).
    expect(
      paretoFrontier([
        [1, 0.5],
        [1, 1],
        [0.5, 1],
        [1, 1],
      ]),
    ).toEqual([1, 3]);
  });

  it('paretoFrontier() handles one, three and four parties', () => {
    expect(paretoFrontier([[1], [3], [3], [2]])).toEqual([1, 2]);
    const three = [
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
      [0.5, 0.5, 0],
      [0.4, 0.4, 0],
      [1, 0, 0],
    ];
    expect(paretoFrontier(three)).toEqual([0, 5, 3, 1, 2]);
    expect(
      paretoFrontier([
        [1, 1, 1, 0],
        [1, 1, 1, 1],
        [0, 2, 0, 0],
      ]),
    ).toEqual([1, 2]);
  });

  it('paretoFrontier() copes with infinite utilities', () => {
    expect(
      paretoFrontier([
        [-Infinity, 1],
        [0, -Infinity],
        [-Infinity, 0],
        [Infinity, -Infinity],
      ]),
    ).toEqual([3, 0]);
  });

  it('paretoFrontier() returns nothing for no outcomes and rejects bad vectors', () => {
    expect(paretoFrontier([])).toEqual([]);
    expect(() => paretoFrontier([[1, 2], [1]])).toThrow(RangeError);
    expect(() => paretoFrontier([[NaN, 1]])).toThrow(/NaN/);
  });

  it('paretoFrontier() handles 100,000 outcomes for two and three parties', () => {
    // Deterministic pseudo-random points (no ambient randomness in tests either).
    let x = 12345;
    const next = (): number => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
    const two = Array.from({ length: 100_000 }, () => [next(), next()]);
    const f2 = paretoFrontier(two);
    expect(f2.length).toBeGreaterThan(0);
    const three = Array.from({ length: 100_000 }, () => [next(), next(), next()]);
    const f3 = paretoFrontier(three);
    expect(f3.length).toBeGreaterThan(f2.length);
  });
});

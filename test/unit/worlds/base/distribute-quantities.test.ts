import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../src/core/rng.ts';
import { distributeQuantities } from '../../../../worlds/base/distribute-quantities.ts';

const dayTotals = (shares: readonly (readonly number[])[], nDays: number): number[] =>
  Array.from({ length: nDays }, (_, t) => shares.reduce((s, row) => s + row[t]!, 0));

describe('distributeQuantities()', () => {
  const q = [40, 35, 0, 48, 22, 31, 40, 39];

  it('returns all zeros when there is nothing to split', () => {
    expect(distributeQuantities([0, 0, 0], createRng('d'), { nAgents: 2, predictability: 0.7 })).toEqual([
      [0, 0, 0],
      [0, 0, 0],
    ]);
  });

  it('gives every agent max(round(Q/a), 1) in equal mode, ties to even', () => {
    const shares = distributeQuantities([10, 0, 7], createRng('d'), {
      nAgents: 4,
      predictability: 0.7,
      equal: true,
    });
    // 10/4 = 2.5 -> 2; 0 -> max(0, 1) = 1; 7/4 = 1.75 -> 2
    expect(shares).toEqual(Array.from({ length: 4 }, () => [2, 1, 2]));
  });

  it('splits each day exactly when predictability is below 0.01', () => {
    const shares = distributeQuantities(q, createRng('d'), { nAgents: 5, predictability: 0, cap: 10 });
    expect(dayTotals(shares, q.length)).toEqual(q);
    expect(Math.max(...shares.flat())).toBeLessThanOrEqual(10);
  });

  it('keeps daily totals within 2 · nAgents of Q and shares within the cap', () => {
    const shares = distributeQuantities(q, createRng('d2'), { nAgents: 5, predictability: 0.75, cap: 10 });
    expect(shares).toHaveLength(5);
    for (const [t, total] of dayTotals(shares, q.length).entries()) {
      expect(Math.abs(total - q[t]!)).toBeLessThanOrEqual(10);
    }
    for (const x of shares.flat()) {
      expect(Number.isInteger(x) && x >= 0 && x <= 10).toBe(true);
    }
    expect(shares.map((row) => row[2])).toEqual([0, 0, 0, 0, 0]);
  });

  it('gives an agent the whole day with full predictability and one agent', () => {
    const shares = distributeQuantities([7, 9, 3], createRng('d'), { nAgents: 1, predictability: 1 });
    expect(shares).toEqual([[7, 9, 3]]);
  });

  it('is reproducible from the same seed', () => {
    const opts = { nAgents: 6, predictability: 0.3 };
    expect(distributeQuantities(q, createRng('s'), opts)).toEqual(
      distributeQuantities(q, createRng('s'), opts),
    );
  });
});

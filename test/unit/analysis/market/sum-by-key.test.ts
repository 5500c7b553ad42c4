import { describe, expect, it } from 'vitest';
import { sumByKey } from '../../../../analysis/market/sum-by-key.ts';

describe('sumByKey()', () => {
  it('sums values element-wise per key in first-seen order and counts the rows', () => {
    const rows = [
      { k: 'b', a: 1, c: 2 },
      { k: 'a', a: 3, c: 4 },
      { k: 'b', a: 5, c: 6 },
    ];
    expect(
      sumByKey(
        rows,
        (r) => ({ name: r.k }),
        (k) => k.name,
        (r) => [r.a, r.c],
      ),
    ).toEqual([
      { key: { name: 'b' }, count: 2, sums: [6, 8] },
      { key: { name: 'a' }, count: 1, sums: [3, 4] },
    ]);
  });
});

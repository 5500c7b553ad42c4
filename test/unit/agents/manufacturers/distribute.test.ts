import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distribute } from '../../../../agents/components/distribute.ts';
import { createRng } from '../../../../src/core/rng.ts';

const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);
const flags = fc.record({ equal: fc.boolean(), allowZero: fc.boolean() });

describe('distribute', () => {
  it('distribute() keeps the total, capped at mx · n', () => {
    fc.assert(
      fc.property(
        fc.nat(60),
        fc.integer({ min: 1, max: 8 }),
        fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
        flags,
        fc.boolean(),
        fc.nat(),
        (q, n, mx, f, conc, seed) => {
          const concentrated = conc && mx !== undefined;
          const bins = distribute(q, n, { ...f, mx, concentrated }, createRng(`d${seed}`));
          expect(bins).toHaveLength(n);
          expect(sum(bins)).toBe(mx === undefined ? q : Math.min(q, mx * n));
          for (const b of bins) expect(Number.isInteger(b) && b >= 0).toBe(true);
        },
      ),
      { seed: 42 },
    );
  });

  it('distribute() gives every bin at least one unit when q >= n and zeros are not allowed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.nat(40),
        fc.boolean(),
        fc.nat(),
        (n, extra, equal, seed) => {
          const bins = distribute(n + extra, n, { equal }, createRng(`d${seed}`));
          expect(Math.min(...bins)).toBeGreaterThanOrEqual(1);
        },
      ),
      { seed: 42 },
    );
  });

  it('distribute() with equal starts every bin at floor(q / n)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.nat(60), fc.nat(), (n, extra, seed) => {
        const q = n + extra;
        const bins = distribute(q, n, { equal: true }, createRng(`d${seed}`));
        expect(Math.min(...bins)).toBeGreaterThanOrEqual(Math.floor(q / n));
        // Only q mod n units are left for the random draw.
        expect(sum(bins.map((b) => b - Math.floor(q / n)))).toBe(q % n);
      }),
      { seed: 42 },
    );
  });

  it('distribute() concentrated fills bins up to mx with at most one partial bin', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 10 }),
        fc.nat(90),
        fc.boolean(),
        fc.nat(),
        (n, mx, q, allowZero, seed) => {
          const bins = distribute(q, n, { mx, concentrated: true, allowZero }, createRng(`d${seed}`));
          for (const b of bins) expect(b).toBeLessThanOrEqual(mx);
          if (!allowZero && q < n) {
            expect(bins.filter((b) => b === 1)).toHaveLength(q);
            return;
          }
          // Full bins at mx, untouched bins at their start (1, or 0 with allowZero), at most one in between.
          const start = allowZero ? 0 : 1;
          expect(bins.filter((b) => b !== mx && b !== start).length).toBeLessThanOrEqual(1);
        },
      ),
      { seed: 42 },
    );
  });

  it('distribute() places q ones when q < n, and gives all ones when q = n', () => {
    const rng = createRng('ones');
    for (let q = 0; q < 6; q++) {
      const bins = distribute(q, 6, { allowZero: true }, rng);
      expect(bins.filter((b) => b === 1)).toHaveLength(q);
      expect(bins.filter((b) => b === 0)).toHaveLength(6 - q);
    }
    expect(distribute(4, 4, { allowZero: true }, rng)).toEqual([1, 1, 1, 1]);
  });

  it('distribute() with allowZero can leave bins empty even when q >= n, and ignores equal', () => {
    const rng = createRng('zeros');
    let sawZero = false;
    for (let i = 0; i < 200 && !sawZero; i++)
      sawZero = distribute(6, 5, { allowZero: true, equal: true }, rng).includes(0);
    expect(sawZero).toBe(true);
  });

  it('distribute() concentrated without allowZero puts ones first, then fills in order', () => {
    // q = 7, n = 3, mx = 4: [1, 1, 1] then 4 more units fill the first bin to 4 and the second to 2.
    const bins = distribute(7, 3, { mx: 4, concentrated: true }, createRng('c'));
    expect([...bins].sort((a, b) => a - b)).toEqual([1, 2, 4]);
    const zeros = distribute(7, 3, { mx: 4, concentrated: true, allowZero: true }, createRng('c'));
    expect([...zeros].sort((a, b) => a - b)).toEqual([0, 3, 4]);
  });

  it('distribute() handles the edges and rejects a concentrated split without mx', () => {
    expect(distribute(5, 0, {}, createRng('e'))).toEqual([]);
    expect(distribute(-3, 2, {}, createRng('e'))).toEqual([0, 0]);
    expect(() => distribute(5, 2, { concentrated: true }, createRng('e'))).toThrow(RangeError);
  });

  it('distribute() is reproducible from the same stream', () => {
    expect(distribute(23, 5, {}, createRng('same'))).toEqual(distribute(23, 5, {}, createRng('same')));
  });
});

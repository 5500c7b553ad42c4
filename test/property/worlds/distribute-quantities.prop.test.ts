import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/core/rng.ts';
import { distributeQuantities } from '../../../worlds/base/distribute-quantities.ts';

/** Agents, an optional cap, and daily totals the agents can hold under that cap. */
const split = fc
  .record({
    nAgents: fc.integer({ min: 1, max: 8 }),
    cap: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
    predictability: fc.double({ min: 0, max: 1, noNaN: true }),
    seed: fc.integer(),
  })
  .chain((s) =>
    fc
      .array(fc.integer({ min: 0, max: s.nAgents * (s.cap ?? 10) }), { minLength: 1, maxLength: 40 })
      .map((quantities) => ({ ...s, quantities })),
  );

describe('distributeQuantities()', () => {
  it('keeps daily totals within 2 · nAgents of Q[t] and every share within its cap', () => {
    fc.assert(
      fc.property(split, ({ nAgents, cap, predictability, seed, quantities }) => {
        const shares = distributeQuantities(quantities, createRng(seed), { nAgents, predictability, cap });
        expect(shares).toHaveLength(nAgents);
        quantities.forEach((q, t) => {
          const total = shares.reduce((s, row) => s + row[t]!, 0);
          expect(Math.abs(total - q)).toBeLessThanOrEqual(2 * nAgents);
          if (q === 0) expect(total).toBe(0);
        });
        for (const x of shares.flat()) {
          expect(Number.isInteger(x) && x >= 0).toBe(true);
          if (cap !== undefined) expect(x).toBeLessThanOrEqual(cap);
        }
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('gives the same shares for the same seed', () => {
    fc.assert(
      fc.property(split, ({ nAgents, cap, predictability, seed, quantities }) => {
        const opts = { nAgents, predictability, cap };
        expect(distributeQuantities(quantities, createRng(seed), opts)).toEqual(
          distributeQuantities(quantities, createRng(seed), opts),
        );
      }),
      { seed: 42, numRuns: 100 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/core/rng.ts';
import { integerCut } from '../../../worlds/base/integer-cut.ts';

describe('integerCut()', () => {
  it('places exactly the total and keeps every bin within its cap', () => {
    const input = fc
      .array(fc.integer({ min: -2, max: 12 }), { minLength: 1, maxLength: 10 })
      .chain((caps) => {
        const room = caps.reduce((s, c) => s + Math.max(0, c), 0);
        return fc.record({
          caps: fc.constant(caps),
          total: fc.integer({ min: 0, max: room }),
          seed: fc.integer(),
        });
      });
    fc.assert(
      fc.property(input, ({ caps, total, seed }) => {
        const bins = integerCut(total, caps.length, caps, createRng(seed));
        expect(bins.reduce((s, b) => s + b, 0)).toBe(total);
        bins.forEach((b, i) => {
          expect(Number.isInteger(b) && b >= 0 && b <= Math.max(0, caps[i]!)).toBe(true);
        });
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('places exactly the total without caps', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer(),
        (total, n, seed) => {
          const bins = integerCut(total, n, undefined, createRng(seed));
          expect(bins).toHaveLength(n);
          expect(bins.reduce((s, b) => s + b, 0)).toBe(total);
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });
});

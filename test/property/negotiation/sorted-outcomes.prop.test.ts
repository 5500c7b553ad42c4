import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MappingUtility } from '../../../src/negotiation/mapping-utility.ts';
import { sortOutcomesByUtility } from '../../../src/negotiation/sorted-outcomes.ts';

describe('sortOutcomesByUtility properties', () => {
  it('lowestAtLeast() equals a linear scan for the lowest utility ≥ x, first in enumeration order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: 40 }),
        fc.double({ min: -1, max: 10, noNaN: true }),
        (values, x) => {
          const u = new MappingUtility((o) => values[o['k'] as number] as number);
          const outcomes = values.map((_, k) => ({ k }));
          const sorted = sortOutcomesByUtility(u, outcomes);
          let best: number | null = null;
          values.forEach((v, k) => {
            if (v >= x && (best === null || v < (values[best] as number))) best = k;
          });
          expect(sorted.lowestAtLeast(x)).toEqual(best === null ? null : { k: best });
          for (let s = 1; s < sorted.size; s++) {
            const a = sorted.utilities[s - 1] as number;
            const b = sorted.utilities[s] as number;
            expect(a < b || (a === b && (sorted.order[s - 1] as number) < (sorted.order[s] as number))).toBe(
              true,
            );
          }
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });
});

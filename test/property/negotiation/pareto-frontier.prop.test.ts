import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paretoFrontier } from '../../../src/negotiation/pareto-frontier.ts';

/** Brute force: q dominates p when q ≥ p everywhere and q > p somewhere. */
function dominates(q: readonly number[], p: readonly number[]): boolean {
  let strict = false;
  for (let i = 0; i < p.length; i++) {
    if ((q[i] as number) < (p[i] as number)) return false;
    if ((q[i] as number) > (p[i] as number)) strict = true;
  }
  return strict;
}

function bruteForce(vectors: readonly (readonly number[])[]): number[] {
  return vectors.flatMap((p, k) => (vectors.some((q) => dominates(q, p)) ? [] : [k]));
}

/** Small integer utilities make ties and duplicate vectors frequent. */
const vectors = (k: number) =>
  fc.array(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: k, maxLength: k }), {
    minLength: 0,
    maxLength: 60,
  });
const realVectors = (k: number) =>
  fc.array(fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: k, maxLength: k }), {
    maxLength: 40,
  });

describe('paretoFrontier properties', () => {
  for (const k of [1, 2, 3, 4]) {
    it(`the frontier is exactly the set of non-dominated outcomes (${k} parties)`, () => {
      fc.assert(
        fc.property(vectors(k), (vs) => {
          const frontier = paretoFrontier(vs);
          expect([...frontier].sort((a, b) => a - b)).toEqual(bruteForce(vs));
        }),
        { seed: 42, numRuns: 300 },
      );
      fc.assert(
        fc.property(realVectors(k), (vs) => {
          expect([...paretoFrontier(vs)].sort((a, b) => a - b)).toEqual(bruteForce(vs));
        }),
        { seed: 42, numRuns: 200 },
      );
    });
  }

  it('no frontier outcome is dominated and every excluded outcome is dominated by a frontier outcome', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 3 }).chain((k) => vectors(k)),
        (vs) => {
          const frontier = paretoFrontier(vs);
          const onFrontier = new Set(frontier);
          for (const f of frontier) for (const q of vs) expect(dominates(q, vs[f] as number[])).toBe(false);
          vs.forEach((p, k) => {
            if (!onFrontier.has(k)) expect(frontier.some((f) => dominates(vs[f] as number[], p))).toBe(true);
          });
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });

  it('the frontier is listed in descending lexicographic order, ties by index', () => {
    fc.assert(
      fc.property(vectors(2), (vs) => {
        const f = paretoFrontier(vs);
        for (let s = 1; s < f.length; s++) {
          const a = vs[f[s - 1] as number] as number[];
          const b = vs[f[s] as number] as number[];
          const cmp =
            a[0] !== b[0] ? (b[0] as number) - (a[0] as number) : (b[1] as number) - (a[1] as number);
          expect(cmp < 0 || (cmp === 0 && (f[s - 1] as number) < (f[s] as number))).toBe(true);
        }
      }),
      { seed: 42 },
    );
  });
});

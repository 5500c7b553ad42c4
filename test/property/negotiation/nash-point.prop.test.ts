import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectiveReservedValues } from '../../../src/negotiation/effective-reserved-values.ts';
import { kalaiPoint } from '../../../src/negotiation/kalai-point.ts';
import { kalaiSmorodinskyPoint } from '../../../src/negotiation/kalai-smorodinsky-point.ts';
import { maxWelfarePoint } from '../../../src/negotiation/max-welfare-point.ts';
import { nashPoint } from '../../../src/negotiation/nash-point.ts';
import { paretoFrontier } from '../../../src/negotiation/pareto-frontier.ts';
import { utilityBounds } from '../../../src/negotiation/utility-bounds.ts';

const scenario = fc.record({
  vectors: fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 })), {
    minLength: 1,
    maxLength: 50,
  }),
  reserved: fc.tuple(
    fc.oneof(fc.constant(-Infinity), fc.integer({ min: -5, max: 15 })),
    fc.oneof(fc.constant(-Infinity), fc.integer({ min: -5, max: 15 })),
  ),
});

const product = (v: readonly number[], r: readonly number[]): number =>
  v.reduce((p, u, i) => p * (u - (r[i] as number)), 1);
const rational = (v: readonly number[], r: readonly number[]): boolean =>
  v.every((u, i) => u >= (r[i] as number));

describe('solution concept properties', () => {
  it('the Nash point maximises the product of gains over the frontier and over all rational outcomes', () => {
    fc.assert(
      fc.property(scenario, ({ vectors, reserved }) => {
        const r = effectiveReservedValues(utilityBounds(vectors), reserved);
        const nash = nashPoint(vectors, { reservedValues: reserved });
        const rationalOutcomes = vectors.filter((v) => rational(v, r));
        if (rationalOutcomes.length === 0) {
          expect(nash).toBeNull();
          return;
        }
        expect(nash).not.toBeNull();
        const frontier = paretoFrontier(vectors);
        expect(frontier).toContain(nash?.index);
        expect(nash?.value).toBe(product(vectors[nash?.index as number] as number[], r));
        for (const f of frontier) {
          const v = vectors[f] as number[];
          if (rational(v, r)) expect(product(v, r)).toBeLessThanOrEqual(nash?.value as number);
        }
        for (const v of rationalOutcomes) expect(product(v, r)).toBeLessThanOrEqual(nash?.value as number);
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('the Kalai point maximises the minimum gain over all rational outcomes', () => {
    fc.assert(
      fc.property(scenario, ({ vectors, reserved }) => {
        const r = effectiveReservedValues(utilityBounds(vectors), reserved);
        const k = kalaiPoint(vectors, { reservedValues: reserved });
        const minGain = (v: readonly number[]) => Math.min(...v.map((u, i) => u - (r[i] as number)));
        const rationalOutcomes = vectors.filter((v) => rational(v, r));
        if (rationalOutcomes.length === 0) return void expect(k).toBeNull();
        for (const v of rationalOutcomes) expect(minGain(v)).toBeLessThanOrEqual(k?.value as number);
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('the KS point is a rational frontier outcome and max welfare bounds every outcome', () => {
    fc.assert(
      fc.property(scenario, ({ vectors, reserved }) => {
        const r = effectiveReservedValues(utilityBounds(vectors), reserved);
        const ks = kalaiSmorodinskyPoint(vectors, { reservedValues: reserved });
        if (ks !== null) {
          expect(paretoFrontier(vectors)).toContain(ks.index);
          expect(rational(ks.utilities, r)).toBe(true);
        }
        const w = maxWelfarePoint(vectors);
        for (const v of vectors) expect(v[0] + v[1]).toBeLessThanOrEqual(w?.value as number);
        expect(paretoFrontier(vectors)).toContain(w?.index);
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});

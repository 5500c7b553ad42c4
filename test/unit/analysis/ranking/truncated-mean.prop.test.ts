import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantileSorted } from '../../../../analysis/ranking/quantile-sorted.ts';
import { truncatedMean } from '../../../../analysis/ranking/truncated-mean.ts';

// Small integers make ties, zero IQRs and outliers common; doubles cover the rest.
const scoresArb = fc.array(
  fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -1e3, max: 1e3, noNaN: true })),
  { minLength: 1, maxLength: 40 },
);

describe('truncatedMean() properties', () => {
  it('lies between the smallest and the largest score', () => {
    fc.assert(
      fc.property(scoresArb, (scores) => {
        const m = truncatedMean(scores);
        expect(m).toBeGreaterThanOrEqual(Math.min(...scores));
        expect(m).toBeLessThanOrEqual(Math.max(...scores));
      }),
      { seed: 42 },
    );
  });

  it('equals the plain mean when no score exceeds Q3 + 2·IQR', () => {
    fc.assert(
      fc.property(scoresArb, (scores) => {
        const sorted = [...scores].sort((a, b) => a - b);
        const q1 = quantileSorted(sorted, 0.25);
        const q3 = quantileSorted(sorted, 0.75);
        fc.pre(Math.max(...scores) <= q3 + 2 * (q3 - q1));
        const mean = scores.reduce((s, x) => s + x, 0) / scores.length;
        expect(truncatedMean(scores)).toBeCloseTo(mean, 9);
      }),
      { seed: 42 },
    );
  });
});

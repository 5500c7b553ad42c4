import { describe, expect, it } from 'vitest';
import { kalaiPoint } from '../../../src/negotiation/kalai-point.ts';
import { ASYMMETRIC, FIFTY_FIFTY } from './solution-fixtures.ts';

describe('kalaiPoint', () => {
  it('kalaiPoint() maximises the smallest gain (egalitarian point)', () => {
    const p = kalaiPoint(ASYMMETRIC);
    expect(p?.index).toBe(2);
    expect(p?.value).toBeCloseTo(0.65, 12);
    expect(kalaiPoint(FIFTY_FIFTY)?.index).toBe(5);
  });

  it('kalaiPoint() measures gains from the reserved values', () => {
    // Gains from (0.5, 0.1): A irrational, B (0.4, 0.5), C (0.15, 0.65) → B.
    expect(kalaiPoint(ASYMMETRIC, { reservedValues: [0.5, 0.1] })?.index).toBe(1);
  });

  it('kalaiPoint() is null when no frontier outcome is rational', () => {
    expect(kalaiPoint(FIFTY_FIFTY, { reservedValues: [0.6, 0.6] })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { nashPoint } from '../../../src/negotiation/nash-point.ts';
import { ASYMMETRIC, FIFTY_FIFTY } from './solution-fixtures.ts';

describe('nashPoint', () => {
  it('nashPoint() maximises the product of gains over the frontier', () => {
    const p = nashPoint(ASYMMETRIC);
    expect(p?.index).toBe(1);
    expect(p?.value).toBeCloseTo(0.9 * 0.6, 12); // r = minimum utilities (0, 0)
    expect(nashPoint(FIFTY_FIFTY)?.index).toBe(5);
  });

  it('nashPoint() measures gains from the reserved values', () => {
    const p = nashPoint(ASYMMETRIC, { reservedValues: [0.6, 0] });
    // Gains: A (0.4, 0), B (0.3, 0.6), C (0.05, 0.75) → B.
    expect(p?.index).toBe(1);
    expect(p?.value).toBeCloseTo(0.3 * 0.6, 12);
    expect(nashPoint(ASYMMETRIC, { reservedValues: [0.7, 0.55] })?.index).toBe(1);
  });

  it('nashPoint() replaces non-finite or too low reserved values by the minimum utility (A.6)', () => {
    const a = nashPoint(ASYMMETRIC, { reservedValues: [-Infinity, -5] });
    const b = nashPoint(ASYMMETRIC, { reservedValues: [0, 0] });
    expect(a).toEqual(b);
  });

  it('nashPoint() is null when no frontier outcome is rational for all', () => {
    expect(nashPoint(FIFTY_FIFTY, { reservedValues: [0.6, 0.6] })).toBeNull();
    expect(nashPoint([])).toBeNull();
  });

  it('nashPoint() accepts a precomputed frontier', () => {
    expect(nashPoint(ASYMMETRIC, { frontier: [2, 3] })?.index).toBe(2);
  });
});

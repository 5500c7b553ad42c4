import { describe, expect, it } from 'vitest';
import { kalaiSmorodinskyPoint } from '../../../src/negotiation/kalai-smorodinsky-point.ts';
import { ASYMMETRIC, FIFTY_FIFTY } from './solution-fixtures.ts';

describe('kalaiSmorodinskyPoint', () => {
  it('kalaiSmorodinskyPoint() minimises the spread of relative gains', () => {
    const p = kalaiSmorodinskyPoint(ASYMMETRIC);
    expect(p?.index).toBe(2);
    expect(p?.value).toBeCloseTo(0.1, 12);
    expect(kalaiSmorodinskyPoint(FIFTY_FIFTY)?.index).toBe(5);
  });

  it('kalaiSmorodinskyPoint() scales gains by each party range above its reserved value', () => {
    // r = (0.5, 0): g = ((u1 − 0.5)/0.5, u2). A (1, 0), B (0.8, 0.6), C (0.3, 0.75) → B (spread 0.2).
    const p = kalaiSmorodinskyPoint(ASYMMETRIC, { reservedValues: [0.5, 0] });
    expect(p?.index).toBe(1);
    expect(p?.value).toBeCloseTo(0.2, 12);
  });

  it('kalaiSmorodinskyPoint() ignores a party with nothing to gain', () => {
    // Party 2 is indifferent: only party 1's gain counts, every point has spread 0, larger gain wins.
    expect(
      kalaiSmorodinskyPoint([
        [0.2, 1],
        [0.8, 1],
        [0.5, 1],
      ])?.index,
    ).toBe(1);
  });

  it('kalaiSmorodinskyPoint() is null when no frontier outcome is rational', () => {
    expect(kalaiSmorodinskyPoint(FIFTY_FIFTY, { reservedValues: [0.6, 0.6] })).toBeNull();
  });
});

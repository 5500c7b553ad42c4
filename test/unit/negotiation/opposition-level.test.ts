import { describe, expect, it } from 'vitest';
import { oppositionLevel } from '../../../src/negotiation/opposition-level.ts';
import { ASYMMETRIC, FIFTY_FIFTY } from './solution-fixtures.ts';

describe('oppositionLevel', () => {
  it('oppositionLevel() is √2/2 on the fully opposed Fifty-Fifty domain (D.2)', () => {
    expect(oppositionLevel(FIFTY_FIFTY)).toBeCloseTo(Math.SQRT1_2, 12);
    expect(oppositionLevel(FIFTY_FIFTY, { reservedValues: [0.5, 0.5] })).toBeCloseTo(Math.SQRT1_2, 12);
  });

  it('oppositionLevel() is 0 when one outcome is best for everybody', () => {
    expect(
      oppositionLevel([
        [1, 1],
        [0.2, 0.5],
      ]),
    ).toBe(0);
  });

  it('oppositionLevel() is the distance of the closest outcome to the ideal point', () => {
    expect(oppositionLevel(ASYMMETRIC)).toBeCloseTo(Math.hypot(0.1, 0.4), 12);
  });

  it('oppositionLevel() restricts to rational outcomes, falling back to all when none is', () => {
    // r = (0.95, 0): only A = (1, 0) is rational → distance 1.
    expect(oppositionLevel(ASYMMETRIC, { reservedValues: [0.95, 0] })).toBeCloseTo(1, 12);
    expect(oppositionLevel(FIFTY_FIFTY, { reservedValues: [0.8, 0.8] })).toBeCloseTo(Math.SQRT1_2, 12);
  });

  it('oppositionLevel() normalises by given maxima and rejects non-positive ones', () => {
    expect(oppositionLevel([[0.5, 0.5]], { maxUtilities: [1, 0.5] })).toBeCloseTo(0.5, 12);
    expect(() => oppositionLevel([[0, 1]])).toThrow(RangeError);
    expect(oppositionLevel([])).toBeNaN();
  });
});

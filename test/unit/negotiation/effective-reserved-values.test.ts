import { describe, expect, it } from 'vitest';
import { effectiveReservedValues } from '../../../src/negotiation/effective-reserved-values.ts';

describe('effectiveReservedValues', () => {
  it('effectiveReservedValues() replaces non-finite or too low values by the minimum (A.6)', () => {
    const bounds = { min: [0.1, 0.2, 0.3, 0.4], max: [1, 1, 1, 1] };
    expect(effectiveReservedValues(bounds, [-Infinity, 0.1, 0.5, NaN])).toEqual([0.1, 0.2, 0.5, 0.4]);
    expect(effectiveReservedValues(bounds)).toEqual([0.1, 0.2, 0.3, 0.4]);
    expect(effectiveReservedValues({ min: [0], max: [1] }, [2])).toEqual([2]);
  });
});

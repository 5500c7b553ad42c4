import { describe, expect, it } from 'vitest';
import { maxWelfarePoint } from '../../../src/negotiation/max-welfare-point.ts';
import { ASYMMETRIC } from './solution-fixtures.ts';

describe('maxWelfarePoint', () => {
  it('maxWelfarePoint() maximises the sum of utilities, lowest index on ties', () => {
    const p = maxWelfarePoint(ASYMMETRIC);
    expect(p?.index).toBe(1);
    expect(p?.value).toBeCloseTo(1.5, 12);
    expect(
      maxWelfarePoint([
        [1, 0],
        [0, 1],
      ])?.index,
    ).toBe(0);
    expect(maxWelfarePoint([])).toBeNull();
  });

  it('maxWelfarePoint() can maximise welfare on max-normalised utilities', () => {
    const vectors = [
      [10, 0.5],
      [6, 1],
      [0, 0],
    ];
    expect(maxWelfarePoint(vectors)?.index).toBe(0);
    const p = maxWelfarePoint(vectors, { relative: true });
    expect(p?.index).toBe(1);
    expect(p?.value).toBeCloseTo(1.6, 12);
    expect(() => maxWelfarePoint([[0, 1]], { relative: true })).toThrow(RangeError);
  });
});

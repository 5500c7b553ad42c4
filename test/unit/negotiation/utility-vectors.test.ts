import { describe, expect, it } from 'vitest';
import { MappingUtility } from '../../../src/negotiation/mapping-utility.ts';
import { utilityVectors } from '../../../src/negotiation/utility-vectors.ts';

describe('utilityVectors', () => {
  it('utilityVectors() evaluates every party on every outcome', () => {
    const a = new MappingUtility((o) => Number(o['x']));
    const b = new MappingUtility((o) => 10 - Number(o['x']));
    expect(utilityVectors([a, b], [{ x: 1 }, { x: 4 }])).toEqual([
      [1, 9],
      [4, 6],
    ]);
    expect(() => utilityVectors([], [{ x: 1 }])).toThrow(RangeError);
  });
});

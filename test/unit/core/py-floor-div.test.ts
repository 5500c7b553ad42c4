import { describe, expect, it } from 'vitest';
import { pyFloorDiv } from '../../../src/core/py-floor-div.ts';

describe('pyFloorDiv()', () => {
  it('matches Python where Math.floor(a / b) rounds up (1 // 0.1 == 9)', () => {
    expect(Math.floor(1 / 0.1)).toBe(10);
    expect(pyFloorDiv(1, 0.1)).toBe(9);
  });
  it('floors toward negative infinity like Python', () => {
    expect(pyFloorDiv(7, 2)).toBe(3);
    expect(pyFloorDiv(-7, 2)).toBe(-4);
    expect(pyFloorDiv(7, -2)).toBe(-4);
    expect(pyFloorDiv(6.5, 1.5)).toBe(4);
  });
  it('throws on division by zero', () => {
    expect(() => pyFloorDiv(1, 0)).toThrow(RangeError);
  });
});

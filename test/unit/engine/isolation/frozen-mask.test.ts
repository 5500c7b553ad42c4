import { describe, expect, it } from 'vitest';
import { applyFrozenMask, frozenMaskOf, isDeepFrozen } from '../../../../src/engine/isolation/frozen-mask.ts';

describe('frozenMaskOf()', () => {
  it('is null for values without objects', () => {
    expect(frozenMaskOf(3)).toBeNull();
    expect(frozenMaskOf('x')).toBeNull();
    expect(frozenMaskOf(null)).toBeNull();
  });

  it('lets a structured clone be frozen where the original was', () => {
    const shared = Object.freeze({ q: 1 });
    const value = [Object.freeze({ a: shared, b: [1, 2] }), { c: shared }, Object.freeze([3])];
    const mask = frozenMaskOf(value);
    const clone = applyFrozenMask(structuredClone(value), mask);
    expect(clone).toEqual(value);
    expect(Object.isFrozen(clone)).toBe(false);
    expect(Object.isFrozen(clone[0])).toBe(true);
    expect(Object.isFrozen((clone[0] as { a: object }).a)).toBe(true);
    expect(Object.isFrozen((clone[0] as { b: object }).b)).toBe(false);
    expect(Object.isFrozen(clone[1])).toBe(false);
    expect(Object.isFrozen(clone[2])).toBe(true);
    // The shared object is met once, in the same place, on both sides.
    expect((clone[1] as { c: object }).c).toBe((clone[0] as { a: object }).a);
  });

  it('tells deep-frozen values apart', () => {
    expect(isDeepFrozen(frozenMaskOf(Object.freeze([Object.freeze({ a: 1 })])))).toBe(true);
    expect(isDeepFrozen(frozenMaskOf(Object.freeze([{ a: 1 }])))).toBe(false);
    expect(isDeepFrozen(frozenMaskOf(7))).toBe(true);
  });
});

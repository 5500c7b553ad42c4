import { describe, expect, it } from 'vitest';
import { frozenCopy } from '../../../../worlds/base/frozen-copy.ts';

describe('frozenCopy', () => {
  it('frozenCopy() copies plain data deeply and freezes every level', () => {
    const value = { a: [1, { b: Infinity, c: -0, d: Number.NaN }], e: null, f: 'x', g: undefined };
    const copy = frozenCopy(value);
    expect(copy).toEqual(structuredClone(value));
    expect(copy).not.toBe(value);
    expect(copy.a).not.toBe(value.a);
    expect(Object.isFrozen(copy)).toBe(true);
    expect(Object.isFrozen(copy.a)).toBe(true);
    expect(Object.isFrozen(copy.a[1])).toBe(true);
    expect(Object.is((copy.a[1] as { c: number }).c, -0)).toBe(true);
    expect(Object.isFrozen(value)).toBe(false);
  });

  it('frozenCopy() keeps shared and circular references, and holes', () => {
    const shared = [1, 2];
    const value: { x: number[]; y: number[]; self?: unknown; sparse: unknown[] } = {
      x: shared,
      y: shared,
      sparse: [1, , 3], // eslint-disable-line no-sparse-arrays
    };
    value.self = value;
    const copy = frozenCopy(value);
    expect(copy.x).toBe(copy.y);
    expect(copy.self).toBe(copy);
    expect(1 in copy.sparse).toBe(false);
    expect(copy.sparse).toHaveLength(3);
  });

  it('frozenCopy() keeps an own "__proto__" key as a key, as structuredClone does', () => {
    const value = JSON.parse('{"agentParams":{"__proto__":{"polluted":true},"k":1}}') as {
      agentParams: Record<string, unknown>;
    };
    const copy = frozenCopy(value);
    expect(copy).toEqual(structuredClone(value));
    expect(Object.getPrototypeOf(copy.agentParams)).toBe(Object.prototype);
    expect(Object.keys(copy.agentParams)).toEqual(['__proto__', 'k']);
    expect((copy.agentParams as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('frozenCopy() refuses functions as structuredClone does', () => {
    expect(() => frozenCopy({ f: () => 1 })).toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import { MappingUtility } from '../../../src/negotiation/mapping-utility.ts';
import { outcomeKey } from '../../../src/negotiation/outcome-key.ts';

describe('MappingUtility', () => {
  it('eval() looks outcomes up by canonical key whatever the field order', () => {
    const u = new MappingUtility({ [outcomeKey({ a: 1, b: 'x' })]: 0.7 }, { reservedValue: 0.1 });
    expect(u.eval({ b: 'x', a: 1 })).toBe(0.7);
    expect(u.eval(null)).toBe(0.1);
  });

  it('eval() uses the default value or throws for a missing outcome', () => {
    expect(new MappingUtility(new Map(), { defaultValue: -1 }).eval({ a: 1 })).toBe(-1);
    expect(() => new MappingUtility({}).eval({ a: 1 })).toThrow(/no utility/);
  });

  it('eval() calls a mapping function', () => {
    const u = new MappingUtility((o) => Number(o['a']) * 2);
    expect(u.eval({ a: 3 })).toBe(6);
  });

  it('fromOutcomes() builds a table from parallel lists', () => {
    const u = MappingUtility.fromOutcomes([{ a: 1 }, { a: 2 }], [0.5, 0.25]);
    expect(u.eval({ a: 2 })).toBe(0.25);
    expect(() => MappingUtility.fromOutcomes([{ a: 1 }], [])).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { MappingUtility } from '../../../src/negotiation/mapping-utility.ts';
import { sortOutcomesByUtility } from '../../../src/negotiation/sorted-outcomes.ts';

const values = [0.5, 0.2, 0.9, 0.2, 0.5, 0.9];
const ufun = new MappingUtility((o) => values[o['k'] as number] as number);
const outcomes = values.map((_, k) => ({ k }));

describe('sortOutcomesByUtility', () => {
  it('sortOutcomesByUtility() sorts ascending and keeps enumeration order among equals', () => {
    const s = sortOutcomesByUtility(ufun, outcomes);
    expect(s.outcomes.map((o) => o['k'])).toEqual([1, 3, 0, 4, 2, 5]);
    expect(Array.from(s.utilities)).toEqual([0.2, 0.2, 0.5, 0.5, 0.9, 0.9]);
    expect(Array.from(s.order)).toEqual([1, 3, 0, 4, 2, 5]);
    expect(s.best).toEqual({ k: 2 });
    expect(s.worst).toEqual({ k: 1 });
  });

  it('lowestAtLeast() returns the first outcome reaching the threshold, or null', () => {
    const s = sortOutcomesByUtility(ufun, outcomes);
    expect(s.lowestAtLeast(-Infinity)).toEqual({ k: 1 });
    expect(s.lowestAtLeast(0.3)).toEqual({ k: 0 });
    expect(s.lowestAtLeast(0.5)).toEqual({ k: 0 });
    expect(s.lowestAtLeast(0.9)).toEqual({ k: 2 });
    expect(s.lowestAtLeast(0.95)).toBeNull();
    expect(s.indexAtLeast(0.95)).toBe(6);
  });

  it('between() returns the outcomes inside a utility band (A.4 inverse)', () => {
    const s = sortOutcomesByUtility(ufun, outcomes);
    expect(s.between(0.2, 0.5).map((o) => o['k'])).toEqual([1, 3, 0, 4]);
    expect(s.between(0.6, 0.8)).toEqual([]);
    expect(s.indexAbove(0.5)).toBe(4);
  });

  it('sortOutcomesByUtility() rejects an empty list and NaN', () => {
    expect(() => sortOutcomesByUtility(ufun, [])).toThrow(RangeError);
    expect(() => sortOutcomesByUtility(new MappingUtility(() => NaN), [{ k: 0 }])).toThrow(/NaN/);
  });
});

import { describe, expect, it } from 'vitest';
import { MappingUtility } from '../../../src/negotiation/mapping-utility.ts';
import { utilityRange } from '../../../src/negotiation/utility-range.ts';

describe('utilityRange', () => {
  it('utilityRange() finds the extremes, first outcome on ties', () => {
    const u = new MappingUtility((o) => [2, 5, 1, 5, 1][o['k'] as number] as number);
    const outcomes = [0, 1, 2, 3, 4].map((k) => ({ k }));
    const r = utilityRange(u, outcomes);
    expect(r).toEqual({ best: 5, worst: 1, bestOutcome: { k: 1 }, worstOutcome: { k: 2 } });
  });

  it('utilityRange() rejects an empty list and NaN utilities', () => {
    expect(() => utilityRange(new MappingUtility(() => 1), [])).toThrow(RangeError);
    expect(() => utilityRange(new MappingUtility(() => NaN), [{ k: 0 }])).toThrow(/NaN/);
  });
});

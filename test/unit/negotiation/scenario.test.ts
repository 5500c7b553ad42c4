import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Scenario, loadScenario } from '../../../src/negotiation/scenario.ts';

const tiny: Scenario = {
  name: 'tiny',
  issues: [
    { kind: 'discrete', name: 'fruit', values: ['apple', 'pear'] },
    { kind: 'integer', name: 'qty', min: 1, max: 3 },
  ],
  ufuns: [
    {
      type: 'genius',
      weights: { fruit: 0.5, qty: 0.5 },
      evaluations: { fruit: { apple: 2, pear: 1 }, qty: { '1': 1, '2': 2, '3': 4 } },
    },
    {
      type: 'linear-additive',
      weights: { fruit: 1, qty: 1 },
      values: {
        fruit: { kind: 'table', values: { apple: 0, pear: 1 } },
        qty: { kind: 'linear', slope: -0.1, offset: 0.3 },
      },
    },
  ],
  reservedValues: [0.25, null],
};

describe('loadScenario', () => {
  it('loadScenario() builds the outcome space and normalised utility functions', () => {
    const s = loadScenario(JSON.stringify(tiny));
    expect(s.name).toBe('tiny');
    expect(s.space.cardinality).toBe(6);
    expect(s.reservedValues).toEqual([0.25, -Infinity]);
    expect(s.ufuns[0]?.eval({ fruit: 'apple', qty: 3 })).toBeCloseTo(1, 12);
    expect(s.ufuns[0]?.eval({ fruit: 'pear', qty: 1 })).toBeCloseTo(0.5 * 0.5 + 0.5 * 0.25, 12);
    expect(s.ufuns[0]?.reservedValue).toBe(0.25);
    expect(s.ufuns[1]?.eval({ fruit: 'pear', qty: 2 })).toBeCloseTo(1.1, 12);
    expect(s.ufuns[1]?.eval(null)).toBe(-Infinity);
    expect(s.scenario).toEqual(tiny);
  });

  it('loadScenario() rejects malformed data with the faulty field named', () => {
    const bad = (patch: Record<string, unknown>): unknown => ({ ...tiny, ...patch });
    expect(() => loadScenario(bad({ name: '' }))).toThrow(/name/);
    expect(() => loadScenario(bad({ extra: 1 }))).toThrow(/unknown field 'extra'/);
    expect(() => loadScenario(bad({ issues: [{ kind: 'weird', name: 'a' }] }))).toThrow(/issues\[0\]\.kind/);
    expect(() => loadScenario(bad({ reservedValues: [0.1] }))).toThrow(
      /one reserved value per utility function/,
    );
    expect(() => loadScenario(bad({ reservedValues: [0.1, 'x'] }))).toThrow(/reservedValues\[1\]/);
    expect(() =>
      loadScenario(
        bad({ ufuns: [{ type: 'genius', weights: { fruit: 1 }, evaluations: {} }, tiny.ufuns[1]] }),
      ),
    ).toThrow(/ufuns\[0\]/);
    expect(() => loadScenario(bad({ ufuns: [{ type: 'other' }] }))).toThrow(/type must be/);
    expect(() => loadScenario('[]')).toThrow(/must be an object/);
  });

  it('loadScenario() loads every shipped scenario in worlds/scenarios', () => {
    const dir = join(import.meta.dirname, '..', '..', '..', 'worlds', 'scenarios');
    for (const name of [
      's10-high',
      's100-low',
      's100-high',
      's1000-medium',
      's1000-high',
      's10000-low',
      's10000-high',
    ]) {
      const s = loadScenario(readFileSync(join(dir, `${name}.json`), 'utf8'));
      expect(s.name).toBe(name);
      expect(s.space.cardinality).toBe(s.scenario.info?.nOutcomes);
      expect(s.ufuns).toHaveLength(2);
    }
  });
});

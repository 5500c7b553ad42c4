import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateScenario } from '../../../src/negotiation/generate-scenario.ts';
import { loadScenario } from '../../../src/negotiation/scenario.ts';
import { scenarioStats } from '../../../src/negotiation/scenario-stats.ts';
import { SCENARIO_DIR, SCENARIO_PLANS, makeScenario } from '../../support/make-scenarios.ts';

function opposition(counts: number[], level: 'low' | 'medium' | 'high', seed: number): number {
  const s = loadScenario(
    generateScenario({ nIssues: counts.length, valuesPerIssue: counts, opposition: level, seed }),
  );
  return scenarioStats(s.ufuns, s.space.enumerate()).geniusOpposition;
}

describe('generateScenario', () => {
  it('generateScenario() makes GENIUS-style profiles that load with max utility 1', () => {
    const data = generateScenario({ nIssues: 3, valuesPerIssue: [2, 3, 4], opposition: 'medium', seed: 7 });
    expect(data.name).toBe('generated-24-medium');
    expect(data.issues.map((i) => i.name)).toEqual(['issue1', 'issue2', 'issue3']);
    const s = loadScenario(data);
    const stats = scenarioStats(s.ufuns, s.space.enumerate());
    expect(stats.maxUtilities[0]).toBeCloseTo(1, 12);
    expect(stats.maxUtilities[1]).toBeCloseTo(1, 12);
    for (const r of s.reservedValues) expect(r >= 0 && r <= 0.3).toBe(true);
  });

  it('generateScenario() is deterministic in its seed', () => {
    const a = generateScenario({ nIssues: 2, valuesPerIssue: 5, opposition: 'low', seed: 'x' });
    expect(generateScenario({ nIssues: 2, valuesPerIssue: 5, opposition: 'low', seed: 'x' })).toEqual(a);
    expect(generateScenario({ nIssues: 2, valuesPerIssue: 5, opposition: 'low', seed: 'y' })).not.toEqual(a);
  });

  it('generateScenario() orders opposition low < medium < high on average', () => {
    const mean = (level: 'low' | 'medium' | 'high'): number => {
      let sum = 0;
      for (let seed = 0; seed < 5; seed++) sum += opposition([6, 6, 6], level, seed);
      return sum / 5;
    };
    const low = mean('low');
    const medium = mean('medium');
    const high = mean('high');
    expect(low).toBeLessThan(medium);
    expect(medium).toBeLessThan(high);
    expect(high).toBeGreaterThan(0.45);
  });

  it('generateScenario() uses given reserved values and rejects bad sizes', () => {
    const data = generateScenario({
      nIssues: 1,
      valuesPerIssue: 3,
      opposition: 'high',
      seed: 1,
      reservedValues: [0.1, 0.2],
    });
    expect(data.reservedValues).toEqual([0.1, 0.2]);
    expect(() => generateScenario({ nIssues: 0, valuesPerIssue: 3, opposition: 'high', seed: 1 })).toThrow(
      RangeError,
    );
    expect(() => generateScenario({ nIssues: 2, valuesPerIssue: [3], opposition: 'high', seed: 1 })).toThrow(
      RangeError,
    );
    expect(() => generateScenario({ nIssues: 1, valuesPerIssue: 0, opposition: 'high', seed: 1 })).toThrow(
      RangeError,
    );
  });

  it('the shipped scenarios equal what make-scenarios.ts regenerates', () => {
    for (const plan of SCENARIO_PLANS) {
      const shipped: unknown = JSON.parse(readFileSync(join(SCENARIO_DIR, `${plan.name}.json`), 'utf8'));
      expect(shipped).toEqual(makeScenario(plan));
    }
  });
});

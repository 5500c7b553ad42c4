import { describe, expect, it } from 'vitest';
import { HardHeadedFrequencyModel } from '../../../../agents/components/hardheaded-frequency-model.ts';
import { OutcomeFrequencyModel } from '../../../../agents/components/outcome-frequency-model.ts';
import { SmithFrequencyModel } from '../../../../agents/components/smith-frequency-model.ts';
import { ZeroSumModel } from '../../../../agents/components/zero-sum-model.ts';
import { continuousIssue, integerIssue, type Outcome } from '../../../../src/negotiation/issue.ts';
import { OutcomeSpace } from '../../../../src/negotiation/outcome-space.ts';
import type { UtilityFunction } from '../../../../src/negotiation/utility-function.ts';

const space = new OutcomeSpace([integerIssue('x', 0, 3), integerIssue('y', 0, 3)]);

describe('opponent models', () => {
  it('OutcomeFrequencyModel scores count / max count, 0 unseen, 0.5 before any offer', () => {
    const m = new OutcomeFrequencyModel(space);
    expect(m.eval({ x: 1, y: 1 })).toBe(0.5);
    m.update({ x: 1, y: 2 });
    m.update({ x: 1, y: 2 });
    m.update({ x: 0, y: 0 });
    expect(m.eval({ x: 1, y: 2 })).toBe(1);
    expect(m.eval({ x: 0, y: 0 })).toBe(0.5);
    expect(m.eval({ x: 3, y: 3 })).toBe(0);
  });

  it('HardHeadedFrequencyModel raises the weight of issues the opponent keeps (learning_coef 0.2)', () => {
    const m = new HardHeadedFrequencyModel(space);
    expect(m.weights).toEqual([0.5, 0.5]);
    m.update({ x: 1, y: 2 });
    expect(m.weights).toEqual([0.5, 0.5]);
    m.update({ x: 1, y: 3 }); // x unchanged: g = 0.1
    expect(m.weights[0]).toBeCloseTo(0.6 / 1.1, 12);
    expect(m.weights[1]).toBeCloseTo(0.5 / 1.1, 12);
    // Counts start at 1: x=1 has 3 of max 3; y=2 has 2 of max 2; y=0 has 1 of 2.
    expect(m.eval({ x: 1, y: 2 })).toBeCloseTo(1, 12);
    expect(m.eval({ x: 1, y: 0 })).toBeCloseTo(0.6 / 1.1 + (0.5 / 1.1) * 0.5, 12);
    expect(m.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('SmithFrequencyModel weights issues by max frequency share and scores values by frequency', () => {
    const m = new SmithFrequencyModel(space);
    expect(m.eval({ x: 0, y: 0 })).toBe(0.5);
    m.update({ x: 1, y: 2 });
    m.update({ x: 1, y: 3 });
    m.update({ x: 1, y: 2 });
    // ŵ_x = 3/3, ŵ_y = 2/3 -> rescaled 0.6, 0.4.
    expect(m.weights[0]).toBeCloseTo(0.6, 12);
    expect(m.eval({ x: 1, y: 2 })).toBeCloseTo(1, 12);
    expect(m.eval({ x: 1, y: 3 })).toBeCloseTo(0.8, 12);
    expect(m.eval({ x: 0, y: 2 })).toBeCloseTo(0.4, 12);
  });

  it('SmithFrequencyModel counts continuous values on 10 levels', () => {
    const m = new SmithFrequencyModel(new OutcomeSpace([continuousIssue('p', 0, 9)]));
    m.update({ p: 3.1 });
    expect(m.eval({ p: 2.9 })).toBe(1);
    expect(m.eval({ p: 4 })).toBe(0);
  });

  it('ZeroSumModel is the complement of our normalised utility', () => {
    const u: UtilityFunction<Outcome> = {
      reservedValue: 0,
      eval: (o) => (o === null ? 0 : 2 + (o['x'] as number)),
    };
    const m = new ZeroSumModel(space, u);
    m.update();
    expect(m.eval({ x: 3, y: 0 })).toBe(0);
    expect(m.eval({ x: 0, y: 0 })).toBe(1);
    expect(m.eval({ x: 1, y: 0 })).toBeCloseTo(2 / 3, 12);
  });
});

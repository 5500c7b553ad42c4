import { describe, expect, it } from 'vitest';
import { discreteIssue, integerIssue } from '../../../src/negotiation/issue.ts';
import { LinearAdditiveUtility } from '../../../src/negotiation/linear-additive-utility.ts';

const color = discreteIssue('color', ['red', 'green', 'blue']);
const size = integerIssue('size', 1, 3);

describe('LinearAdditiveUtility', () => {
  it('eval() sums weighted table values and adds the bias', () => {
    const u = new LinearAdditiveUtility({
      issues: [color, size],
      weights: { color: 0.25, size: 0.75 },
      values: {
        color: { kind: 'table', values: { red: 1, green: 0.5, blue: 0 } },
        size: { kind: 'table', values: { '1': 0, '2': 0.5, '3': 1 } },
      },
      bias: 0.1,
      reservedValue: 0.2,
    });
    expect(u.eval({ color: 'green', size: 3 })).toBeCloseTo(0.1 + 0.125 + 0.75, 12);
    expect(u.eval(null)).toBe(0.2);
  });

  it('eval() supports linear and function value functions', () => {
    const u = new LinearAdditiveUtility({
      issues: [color, size],
      weights: { color: 1, size: 2 },
      values: { color: (v) => (v === 'red' ? 3 : 0), size: { kind: 'linear', slope: 0.5, offset: 1 } },
    });
    expect(u.eval({ color: 'red', size: 2 })).toBe(3 + 2 * 2);
    expect(u.reservedValue).toBe(-Infinity);
  });

  it('fromGenius() divides each evaluation by its issue maximum (A.5)', () => {
    const u = LinearAdditiveUtility.fromGenius([color, size], {
      weights: { color: 0.4, size: 0.6 },
      evaluations: { color: { red: 4, green: 2, blue: 1 }, size: { '1': 5, '2': 10, '3': 7 } },
      reservedValue: 0.3,
    });
    expect(u.eval({ color: 'red', size: 2 })).toBeCloseTo(1, 12);
    expect(u.eval({ color: 'blue', size: 1 })).toBeCloseTo(0.4 * 0.25 + 0.6 * 0.5, 12);
    expect(u.reservedValue).toBe(0.3);
  });

  it('fromGenius() rejects non-positive evaluation maxima', () => {
    expect(() =>
      LinearAdditiveUtility.fromGenius([color], {
        weights: { color: 1 },
        evaluations: { color: { red: 0, green: 0, blue: 0 } },
      }),
    ).toThrow(/positive maximum/);
  });

  it('constructor rejects incomplete tables, unknown values and unknown issues', () => {
    const base = { issues: [color], weights: { color: 1 } };
    expect(
      () => new LinearAdditiveUtility({ ...base, values: { color: { kind: 'table', values: { red: 1 } } } }),
    ).toThrow(/green/);
    expect(
      () =>
        new LinearAdditiveUtility({
          ...base,
          values: { color: { kind: 'table', values: { red: 1, green: 1, blue: 1, pink: 1 } } },
        }),
    ).toThrow(/outside the issue/);
    expect(
      () =>
        new LinearAdditiveUtility({ ...base, weights: { color: 1, shape: 1 }, values: { color: () => 1 } }),
    ).toThrow(/unknown issue 'shape'/);
  });

  it('eval() throws on a value outside the table', () => {
    const u = LinearAdditiveUtility.fromGenius([color], {
      weights: { color: 1 },
      evaluations: { color: { red: 1, green: 1, blue: 1 } },
    });
    expect(() => u.eval({ color: 'pink' })).toThrow(/not in issue/);
  });

  it('toSpec() and fromSpec() round-trip through JSON', () => {
    const u = LinearAdditiveUtility.fromGenius([color, size], {
      weights: { color: 0.4, size: 0.6 },
      evaluations: { color: { red: 4, green: 2, blue: 1 }, size: { '1': 5, '2': 10, '3': 7 } },
    });
    const v = LinearAdditiveUtility.fromSpec([color, size], JSON.parse(JSON.stringify(u.toSpec())), 0.5);
    expect(v.reservedValue).toBe(0.5);
    for (const c of color.kind === 'discrete' ? color.values : []) {
      for (const s of [1, 2, 3]) expect(v.eval({ color: c, size: s })).toBe(u.eval({ color: c, size: s }));
    }
  });

  it('withReservedValue() keeps the preferences', () => {
    const u = new LinearAdditiveUtility({
      issues: [size],
      weights: { size: 1 },
      values: { size: { kind: 'linear', slope: 1 } },
    });
    const v = u.withReservedValue(2);
    expect(v.reservedValue).toBe(2);
    expect(v.eval({ size: 3 })).toBe(3);
  });
});

import { describe, expect, it } from 'vitest';
import { AffineUtility } from '../../../src/negotiation/affine-utility.ts';
import { integerIssue } from '../../../src/negotiation/issue.ts';

describe('AffineUtility', () => {
  it('eval() computes b + Σ w_i x_i on raw values', () => {
    const u = new AffineUtility({ weights: { q: 2, p: -1 }, bias: 5, reservedValue: 0 });
    expect(u.eval({ q: 3, p: 4 })).toBe(5 + 6 - 4);
    expect(u.eval(null)).toBe(0);
  });

  it('constructor defaults the weights to 1/n over the issues', () => {
    const u = new AffineUtility({ issues: [integerIssue('a', 0, 9), integerIssue('b', 0, 9)] });
    expect(u.eval({ a: 4, b: 6 })).toBe(5);
    expect(u.reservedValue).toBe(-Infinity);
  });

  it('eval() throws on a non-numeric value', () => {
    expect(() => new AffineUtility({ weights: { a: 1 } }).eval({ a: 'x' })).toThrow(TypeError);
  });

  it('constructor needs weights or issues', () => {
    expect(() => new AffineUtility({})).toThrow(RangeError);
  });
});

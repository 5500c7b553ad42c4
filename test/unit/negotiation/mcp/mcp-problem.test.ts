import { describe, expect, it } from 'vitest';
import { mcpProblem } from '../../../../src/negotiation/mcp/mcp-problem.ts';
import { optionMajorUtilities } from '../../../../src/negotiation/mcp/option-major-utilities.ts';

const u = (vals: number[], conflict = 0) => ({
  reservedValue: conflict,
  eval: (o: number | null) => (o === null ? conflict : (vals[o] as number)),
});

describe('mcpProblem', () => {
  it('mcpProblem() evaluates every agent on every option and on the conflict deal', () => {
    const p = mcpProblem([0, 1], [u([1, 2], 0.5), u([3, 4])]);
    expect(p.utilities).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(p.conflict).toEqual([0.5, 0]);
    expect(p.label(1)).toBe('1');
  });

  it('mcpProblem() rejects empty option sets, single agents and non-finite utilities', () => {
    expect(() => mcpProblem([], [u([]), u([])])).toThrow(RangeError);
    expect(() => mcpProblem([0], [u([1])])).toThrow(RangeError);
    expect(() => mcpProblem([0], [u([Infinity]), u([1])])).toThrow(RangeError);
  });
});

describe('optionMajorUtilities', () => {
  it('optionMajorUtilities() lays utilities out option by option and caches them', () => {
    const p = mcpProblem([0, 1], [u([1, 2]), u([3, 4])]);
    const t = optionMajorUtilities(p);
    expect(Array.from(t)).toEqual([1, 3, 2, 4]);
    expect(optionMajorUtilities(p)).toBe(t);
  });
});

import { describe, expect, it } from 'vitest';
import { mcpProblem } from '../../../../src/negotiation/mcp/mcp-problem.ts';
import { aggregate, riskOf, zeuthenRisk } from '../../../../src/negotiation/mcp/zeuthen-risk.ts';

const table = (rows: number[][], conflict = 0) =>
  mcpProblem(
    rows[0]?.map((_, k) => k) ?? [],
    rows.map((r) => ({
      reservedValue: conflict,
      eval: (o: number | null) => (o === null ? conflict : (r[o] as number)),
    })),
  );

describe('zeuthenRisk', () => {
  it('zeuthenRisk() is the classical Zeuthen risk for two agents (negotiation.md C.2.5 round 2)', () => {
    // u1(1112) = 12, u1(2222) = 0; u2(2222) = 15, u2(1112) = 4.
    const p = table([
      [12, 0],
      [4, 15],
    ]);
    expect(zeuthenRisk(p, [0, 1], { agent: 0 })).toBe(1);
    expect(zeuthenRisk(p, [0, 1], { agent: 1 })).toBeCloseTo(11 / 15, 12);
  });

  it('zeuthenRisk() compares with the best other proposal by default, or the worst or the mean', () => {
    const p = table([
      [10, 4, 6],
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expect(zeuthenRisk(p, [0, 1, 2], { agent: 0 })).toBeCloseTo(0.4, 12);
    expect(zeuthenRisk(p, [0, 1, 2], { agent: 0, aggregator: 'min' })).toBeCloseTo(0.6, 12);
    expect(zeuthenRisk(p, [0, 1, 2], { agent: 0, aggregator: 'mean' })).toBeCloseTo(0.5, 12);
  });

  it('zeuthenRisk() is 1 when the own proposal is worth no more than conflict, and never negative', () => {
    expect(riskOf(0, 0, { conflict: 0 })).toBe(1);
    expect(riskOf(2, 5, { conflict: 0 })).toBe(0);
    expect(riskOf(5, 3, { conflict: 1 })).toBeCloseTo(0.5, 12);
    expect(aggregate([1, 3], 'mean')).toBe(2);
  });
});

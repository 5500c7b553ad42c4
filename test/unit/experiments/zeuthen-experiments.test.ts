import { describe, expect, it } from 'vitest';
import { nashProductMaximum } from '../../../src/experiments/nash-product-maximum.ts';
import { nashProduct } from '../../../src/experiments/nash-product.ts';
import { relativeSpread } from '../../../src/experiments/relative-spread.ts';
import { runTaskAllocation } from '../../../src/experiments/run-task-allocation.ts';
import { zeuthenRandom } from '../../../src/experiments/zeuthen-random.ts';
import { zeuthenStudies } from '../../../src/experiments/zeuthen-studies.ts';
import { SEED_STUDIES, type SeedStudy } from '../../../worlds/task-allocation/seed-studies.ts';
import { taskAllocationProblem } from '../../../worlds/task-allocation/task-allocation-problem.ts';

describe('zeuthenStudies', () => {
  const report = zeuthenStudies({ seed: '1', instances: 5 });

  it('zeuthenStudies() reports the C.2.5 outcomes of both seed studies', () => {
    expect(report.tables[0]?.rows).toEqual([
      ['two-agents', '1122', '(9, 10)', 6, '1122 (90)', '1122, round 6', 5],
      ['three-agents', '123', '(4, 5, 4)', 7, '123 (80)', '123, round 7', 7],
    ]);
    expect(report.tables[1]?.rows).toHaveLength(6);
    expect(report.tables[2]?.rows).toHaveLength(7);
  });

  it('zeuthenStudies() ends the supply-chain order in contracts covering every order line', () => {
    const contracts = report.tables[report.tables.length - 1];
    expect(contracts?.headers).toEqual(['supplier', 'product', 'quantity', 'unit price', 'profit']);
    expect(contracts?.rows).toHaveLength(5);
  });

  it('zeuthenStudies() is deterministic for a seed', () => {
    expect(zeuthenStudies({ seed: '1', instances: 5 })).toEqual(report);
  });
});

describe('zeuthenRandom', () => {
  it('zeuthenRandom() gives one row per m and variant, with the Nash maximum always reached for m = 2', () => {
    const report = zeuthenRandom({ seed: '7', instances: 4 });
    const rows = report.tables[0]?.rows ?? [];
    expect(rows).toHaveLength(10);
    expect(rows.map((r) => r[1])).toEqual([2, 3, 4, 5, 6, 2, 3, 4, 5, 6]);
    const two = rows[0] ?? [];
    expect(two[4]).toBe(100); // agreements %
    expect(two[8]).toBe(100); // at Nash max %
    for (const r of rows) expect((r[4] as number) + (r[5] as number)).toBe(100);
  });
});

describe('Nash and spread helpers', () => {
  it('nashProductMaximum() and nashProduct() agree with the fixture', () => {
    const problem = taskAllocationProblem((SEED_STUDIES[0] as SeedStudy).scenario);
    const best = nashProductMaximum(problem);
    expect(best && problem.label(best.option)).toBe('1122');
    expect(best?.value).toBe(90);
    expect(nashProduct([9, 10], [1, 0])).toBe(80);
    const { result } = runTaskAllocation((SEED_STUDIES[0] as SeedStudy).scenario, { seed: 's' });
    expect(nashProduct(result.utilities, problem.conflict)).toBe(90);
  });

  it('relativeSpread() is (max - min) / mean, 0 for equal incomes', () => {
    expect(relativeSpread([4, 5, 4])).toBeCloseTo(1 / (13 / 3), 12);
    expect(relativeSpread([3, 3])).toBe(0);
    expect(relativeSpread([0, 0])).toBeNaN();
    expect(relativeSpread([])).toBeNaN();
  });
});

import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../src/core/rng.ts';
import { mcpProblem } from '../../../../src/negotiation/mcp/mcp-problem.ts';
import { allocationLabel } from '../../../../worlds/task-allocation/allocation-label.ts';
import { allocationUtility } from '../../../../worlds/task-allocation/allocation-utility.ts';
import { enumerateAllocations } from '../../../../worlds/task-allocation/enumerate-allocations.ts';
import { orderAllocationScenario } from '../../../../worlds/task-allocation/order-allocation-scenario.ts';
import { orderContracts } from '../../../../worlds/task-allocation/order-contracts.ts';
import { randomTaskAllocation } from '../../../../worlds/task-allocation/random-task-allocation.ts';
import { SAMPLE_ORDER } from '../../../../worlds/task-allocation/sample-order.ts';
import { SEED_STUDIES } from '../../../../worlds/task-allocation/seed-studies.ts';
import { taskAllocationProblem } from '../../../../worlds/task-allocation/task-allocation-problem.ts';
import { taskAllocationScenario } from '../../../../worlds/task-allocation/task-allocation-scenario.ts';

const TWO = SEED_STUDIES[0]?.scenario;
if (TWO === undefined) throw new Error('fixture missing');

describe('taskAllocationScenario', () => {
  it('taskAllocationScenario() fills names, eligibility and conflict incomes', () => {
    const s = taskAllocationScenario({
      income: [
        [1, 2],
        [3, 4],
      ],
    });
    expect(s.tasks).toEqual(['t1', 't2']);
    expect(s.agents).toEqual(['a1', 'a2']);
    expect(s.eligible).toEqual([
      [true, true],
      [true, true],
    ]);
    expect(s.conflictIncome).toEqual([0, 0]);
  });

  it('taskAllocationScenario() rejects ragged matrices, negative incomes and tasks nobody may solve', () => {
    expect(() => taskAllocationScenario({ income: [[1]] })).toThrow(/two agents/);
    expect(() => taskAllocationScenario({ income: [[1, 2], [3]] })).toThrow(RangeError);
    expect(() => taskAllocationScenario({ income: [[-1], [1]] })).toThrow(/non-negative/);
    expect(() => taskAllocationScenario({ income: [[1], [1]], eligible: [[false], [false]] })).toThrow(
      /no eligible/,
    );
  });
});

describe('enumerateAllocations', () => {
  it('enumerateAllocations() lists the m^n variants in label order (C.2.1: 16 for n = 4, m = 2)', () => {
    const all = enumerateAllocations(TWO);
    expect(all).toHaveLength(16);
    expect(all.slice(0, 3).map(allocationLabel)).toEqual(['1111', '1112', '1121']);
    expect(allocationLabel(all[15] ?? [])).toBe('2222');
  });

  it('enumerateAllocations() keeps only eligible agents and refuses oversized sets', () => {
    const s = taskAllocationScenario({
      income: [
        [1, 1],
        [1, 1],
      ],
      eligible: [
        [true, false],
        [true, true],
      ],
    });
    expect(enumerateAllocations(s).map(allocationLabel)).toEqual(['12', '22']);
    expect(() => enumerateAllocations(TWO, { maxOptions: 10 })).toThrow(/limit 10/);
    expect(allocationLabel([0, 9, 10])).toBe('1-10-11');
  });
});

describe('allocationUtility and taskAllocationProblem', () => {
  it('allocationUtility() is the income of the tasks an agent solves; conflict is the conflict income', () => {
    const u = allocationUtility(TWO, 1);
    expect(u.eval([0, 0, 1, 1])).toBe(10);
    expect(u.eval(null)).toBe(0);
    expect(() => allocationUtility(TWO, 5)).toThrow(RangeError);
  });

  it('taskAllocationProblem() equals the generic problem built from allocationUtility', () => {
    const p = taskAllocationProblem(TWO);
    const q = mcpProblem(enumerateAllocations(TWO), [allocationUtility(TWO, 0), allocationUtility(TWO, 1)]);
    expect(p.utilities).toEqual(q.utilities);
    expect(p.conflict).toEqual(q.conflict);
    expect(p.label(5)).toBe('1212');
  });
});

describe('randomTaskAllocation', () => {
  it('randomTaskAllocation() is deterministic for a stream and keeps every task solvable', () => {
    const a = randomTaskAllocation(createRng('s'), { agents: 3, tasks: 5, eligibility: 0.2 });
    const b = randomTaskAllocation(createRng('s'), { agents: 3, tasks: 5, eligibility: 0.2 });
    expect(a).toEqual(b);
    for (let j = 0; j < 5; j++) expect(a.eligible.some((row) => row[j])).toBe(true);
    expect(a.income.flat().every((w) => Number.isInteger(w) && w >= 1 && w <= 9)).toBe(true);
  });
});

describe('orderAllocationScenario and orderContracts', () => {
  it('orderAllocationScenario() makes line profits the incomes and excludes suppliers that cannot make a product', () => {
    const s = orderAllocationScenario(SAMPLE_ORDER);
    expect(s.agents).toEqual(['mill-a', 'mill-b', 'mill-c']);
    expect(s.income[0]?.[0]).toBe(40 * (12 - 8));
    expect(s.eligible[0]?.[3]).toBe(false); // mill-a makes no jackets
    expect(s.eligible[1]?.[2]).toBe(false); // mill-b makes no trousers
  });

  it('orderContracts() turns an allocation into one contract per order line', () => {
    const contracts = orderContracts(SAMPLE_ORDER, [0, 1, 2, 1, 0]);
    expect(contracts).toHaveLength(5);
    expect(contracts[3]).toEqual({
      buyer: 'retailer',
      supplier: 'mill-b',
      product: 'jackets',
      quantity: 10,
      unitPrice: 45,
    });
    expect(() => orderContracts(SAMPLE_ORDER, [0])).toThrow(RangeError);
  });
});

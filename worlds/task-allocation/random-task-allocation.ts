import type { Rng } from '../../src/core/rng.ts';
import { taskAllocationScenario, type TaskAllocationScenario } from './task-allocation-scenario.ts';

export interface RandomTaskAllocationOptions {
  readonly agents: number;
  readonly tasks: number;
  /** Whole incomes drawn uniformly from [min, max] (default [1, 9], as negotiation.md C.2.5). */
  readonly income?: readonly [number, number];
  /** Probability that an agent may solve a task (default 1: everyone may solve everything). */
  readonly eligibility?: number;
}

/** A random income-matrix scenario; with eligibility < 1 every task keeps at least one eligible agent. */
export function randomTaskAllocation(rng: Rng, options: RandomTaskAllocationOptions): TaskAllocationScenario {
  const [lo, hi] = options.income ?? [1, 9];
  const p = options.eligibility ?? 1;
  const income = Array.from({ length: options.agents }, () =>
    Array.from({ length: options.tasks }, () => rng.int(lo, hi)),
  );
  const eligible = income.map((row) => row.map(() => p >= 1 || rng.next() < p));
  for (let j = 0; j < options.tasks; j++) {
    if (!eligible.some((row) => row[j])) (eligible[rng.int(0, options.agents - 1)] as boolean[])[j] = true;
  }
  return taskAllocationScenario({
    name: `random ${options.agents}x${options.tasks}`,
    income,
    eligible,
  });
}

import { taskAllocationProblem } from '../../worlds/task-allocation/task-allocation-problem.ts';
import type { Allocation } from '../../worlds/task-allocation/enumerate-allocations.ts';
import type { TaskAllocationScenario } from '../../worlds/task-allocation/task-allocation-scenario.ts';
import type { McpProblem } from '../negotiation/mcp/mcp-problem.ts';
import type { McpResult } from '../negotiation/mcp/mcp-types.ts';
import { runZeuthen, type RunZeuthenOptions } from './run-zeuthen.ts';

/** The problem and the outcome of one negotiation among Zeuthen agents over a task allocation. */
export interface TaskAllocationRun {
  readonly problem: McpProblem<Allocation>;
  readonly result: McpResult;
}

/**
 * Negotiates a task allocation with the multilateral protocol, every agent playing extended Zeuthen (C.2).
 *
 * @example
 * const { problem, result } = runTaskAllocation(SEED_STUDIES[0].scenario, { seed: '1', ties: 'first' });
 * problem.label(result.agreement ?? 0); // "1122"
 */
export function runTaskAllocation(
  scenario: TaskAllocationScenario,
  options: RunZeuthenOptions,
): TaskAllocationRun {
  const problem = taskAllocationProblem(scenario);
  return { problem, result: runZeuthen(problem, options) };
}

import type { McpProblem } from '../../src/negotiation/mcp/mcp-problem.ts';
import { allocationLabel } from './allocation-label.ts';
import { enumerateAllocations, type Allocation, type EnumerateOptions } from './enumerate-allocations.ts';
import type { TaskAllocationScenario } from './task-allocation-scenario.ts';

/**
 * The scenario as a finite bargaining problem for the multilateral protocol (negotiation.md C.2):
 * the admissible allocations Δ in label order, u_i(X) = Σ_j w_ij·x_ij (the `allocationUtility` of
 * every agent, computed here in one pass), and the conflict incomes.
 */
export function taskAllocationProblem(
  scenario: TaskAllocationScenario,
  options: EnumerateOptions = {},
): McpProblem<Allocation> {
  const allocations = enumerateAllocations(scenario, options);
  const m = scenario.agents.length;
  const utilities = Array.from({ length: m }, () => new Array<number>(allocations.length).fill(0));
  for (let k = 0; k < allocations.length; k++) {
    const a = allocations[k] as Allocation;
    for (let j = 0; j < a.length; j++) {
      const i = a[j] as number;
      (utilities[i] as number[])[k] =
        ((utilities[i] as number[])[k] as number) + ((scenario.income[i] as readonly number[])[j] as number);
    }
  }
  return {
    options: allocations,
    utilities,
    conflict: scenario.conflictIncome.slice(),
    label: (k) => allocationLabel(allocations[k] ?? []),
  };
}

import type { UtilityFunction } from '../../src/negotiation/utility-function.ts';
import type { Allocation } from './enumerate-allocations.ts';
import type { TaskAllocationScenario } from './task-allocation-scenario.ts';

/**
 * Agent i's utility of an allocation (negotiation.md C.2.1): u_i(X) = Σ_j w_ij · x_ij, its income
 * from the tasks it solves; "no agreement" (null) is the conflict deal.
 */
export function allocationUtility(
  scenario: TaskAllocationScenario,
  agent: number,
): UtilityFunction<Allocation> {
  const w = scenario.income[agent];
  const conflict = scenario.conflictIncome[agent];
  if (w === undefined || conflict === undefined)
    throw new RangeError(`no agent ${agent} in '${scenario.name}'`);
  return {
    reservedValue: conflict,
    eval(allocation: Allocation | null): number {
      if (allocation === null) return conflict;
      let u = 0;
      for (let j = 0; j < allocation.length; j++) if (allocation[j] === agent) u += w[j] as number;
      return u;
    },
  };
}

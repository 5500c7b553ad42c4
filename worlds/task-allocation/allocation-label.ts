import type { Allocation } from './enumerate-allocations.ts';

/** The fixture notation of negotiation.md C.2.5: 1-based agent numbers per task ("1122"); dashes above 9 agents. */
export function allocationLabel(allocation: Allocation): string {
  const wide = allocation.some((i) => i >= 9);
  return allocation.map((i) => String(i + 1)).join(wide ? '-' : '');
}

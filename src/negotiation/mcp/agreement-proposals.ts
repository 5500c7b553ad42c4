import type { McpProblem } from './mcp-problem.ts';

/**
 * The agents whose proposal every agent values at least as much as its own (negotiation.md C.2.2
 * step 3): i such that u_j(δ_i) ≥ u_j(δ_j) for all j. Empty when there is no agreement this round.
 */
export function agreementProposals<O>(problem: McpProblem<O>, proposals: readonly number[]): number[] {
  const out: number[] = [];
  const m = proposals.length;
  for (let i = 0; i < m; i++) {
    const di = proposals[i] as number;
    let ok = true;
    for (let j = 0; j < m && ok; j++) {
      const uj = problem.utilities[j] as readonly number[];
      if ((uj[di] as number) < (uj[proposals[j] as number] as number)) ok = false;
    }
    if (ok) out.push(i);
  }
  return out;
}

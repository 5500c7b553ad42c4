import type { McpProblem } from './mcp-problem.ts';

export interface ConcessionMove {
  /** The conceding agent. */
  readonly agent: number;
  /** Its previous proposal. */
  readonly from: number;
  /** Its new proposal. */
  readonly to: number;
}

/**
 * The concession condition (negotiation.md C.2.2 step 4) [reconstructed]: the new proposal is at
 * least as good as the previous one for every other agent and strictly better for at least one.
 */
export function isConcession<O>(problem: McpProblem<O>, move: ConcessionMove): boolean {
  let strict = false;
  for (const [k, u] of problem.utilities.entries()) {
    if (k === move.agent) continue;
    const before = u[move.from] as number;
    const after = u[move.to] as number;
    if (after < before) return false;
    if (after > before) strict = true;
  }
  return strict;
}

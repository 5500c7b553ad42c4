import type { McpProblem } from '../negotiation/mcp/mcp-problem.ts';

/** The option maximising the Nash product Π_i (u_i − u_i(δᶜ)) over options rational for all (ties: first), and its value. */
export function nashProductMaximum<O>(
  problem: McpProblem<O>,
): { readonly option: number; readonly value: number } | null {
  let best = -1;
  let value = -Infinity;
  const m = problem.utilities.length;
  for (let k = 0; k < problem.options.length; k++) {
    let p = 1;
    for (let i = 0; i < m; i++) {
      const gain =
        ((problem.utilities[i] as readonly number[])[k] as number) - (problem.conflict[i] as number);
      if (gain < 0) {
        p = -Infinity;
        break;
      }
      p *= gain;
    }
    if (p > value) {
      value = p;
      best = k;
    }
  }
  return best < 0 ? null : { option: best, value };
}

import type { McpProblem } from './mcp-problem.ts';

const cache = new WeakMap<object, Float64Array>();

/**
 * The problem's utilities laid out option by option (`t[k·m + i]` = u_i(option k)) for tight loops
 * over the option set; computed once per problem and cached (problems are immutable).
 */
export function optionMajorUtilities<O>(problem: McpProblem<O>): Float64Array {
  const hit = cache.get(problem);
  if (hit !== undefined) return hit;
  const m = problem.utilities.length;
  const n = problem.options.length;
  const t = new Float64Array(n * m);
  for (let i = 0; i < m; i++) {
    const row = problem.utilities[i] as readonly number[];
    for (let k = 0; k < n; k++) t[k * m + i] = row[k] as number;
  }
  cache.set(problem, t);
  return t;
}

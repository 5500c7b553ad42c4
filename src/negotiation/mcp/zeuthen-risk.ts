import type { McpProblem } from './mcp-problem.ts';

/**
 * How an agent values the other proposals on the table when computing its risk (negotiation.md
 * C.2.3 step 2, our choice): 'max' the best other proposal (default), 'min' the worst, 'mean'.
 */
export type RiskAggregator = 'max' | 'min' | 'mean';

export interface ZeuthenRiskOptions {
  /** The agent whose risk is computed. */
  readonly agent: number;
  readonly aggregator?: RiskAggregator;
}

/**
 * The extended Zeuthen risk of conflict (negotiation.md C.2.3 step 2) [reconstructed]:
 * r_i = 1 when u_i(δ_i) ≤ u_i(δᶜ), otherwise max(0, (u_i(δ_i) − A_{j≠i} u_i(δ_j)) / (u_i(δ_i) − u_i(δᶜ)))
 * with A the aggregator. For two agents this is the classical Zeuthen risk.
 */
export function zeuthenRisk<O>(
  problem: McpProblem<O>,
  proposals: readonly number[],
  options: ZeuthenRiskOptions,
): number {
  const i = options.agent;
  const u = problem.utilities[i] as readonly number[];
  const others: number[] = [];
  for (const [j, p] of proposals.entries()) if (j !== i) others.push(u[p] as number);
  return riskOf(u[proposals[i] as number] as number, aggregate(others, options.aggregator ?? 'max'), {
    conflict: problem.conflict[i] as number,
  });
}

/** The risk from the agent's own utility, its aggregated utility of the others' proposals and its conflict utility. */
export function riskOf(own: number, othersValue: number, options: { readonly conflict: number }): number {
  const gain = own - options.conflict;
  if (gain <= 0) return 1;
  return Math.max(0, (own - othersValue) / gain);
}

/** Aggregates an agent's utilities of the other proposals (at least one). */
export function aggregate(values: readonly number[], aggregator: RiskAggregator): number {
  switch (aggregator) {
    case 'max':
      return Math.max(...values);
    case 'min':
      return Math.min(...values);
    case 'mean':
      return values.reduce((s, v) => s + v, 0) / values.length;
  }
}

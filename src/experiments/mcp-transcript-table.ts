import type { McpProblem } from '../negotiation/mcp/mcp-problem.ts';
import type { McpResult } from '../negotiation/mcp/mcp-types.ts';
import type { Cell, ExperimentTable } from './experiment-report.ts';

/** A negotiation's rounds in the layout of negotiation.md C.2.5: proposals with their utility vectors, risks, the concession. */
export function mcpTranscriptTable<O>(
  problem: McpProblem<O>,
  result: McpResult,
  title: string,
): ExperimentTable {
  const utilityVector = (k: number): string => `(${problem.utilities.map((u) => u[k]).join(', ')})`;
  const rows: Cell[][] = result.transcript.map((r) => [
    r.round,
    r.proposals.map((p) => `${problem.label(p)} ${utilityVector(p)}`).join(', '),
    r.risks.map((x) => x.toFixed(3)).join(', '),
    r.agreement >= 0
      ? `agreement: ${problem.label(r.agreement)} ${utilityVector(r.agreement)}`
      : r.conceder >= 0
        ? `${r.conceder + 1} -> ${problem.label(r.concession)}`
        : result.status,
  ]);
  return {
    title,
    headers: ['round', 'proposals (utilities of agents 1..m)', 'risks', 'conceder -> new proposal'],
    rows,
  };
}

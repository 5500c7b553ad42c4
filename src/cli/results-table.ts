import type { AgentResult } from '../../worlds/base/run-league-world.ts';
import { formatTable } from './format-table.ts';

/** The ranked table of a world run, as people read it. */
export function resultsTable(results: readonly AgentResult[]): string {
  return formatTable(
    [
      '#',
      'agent',
      'type',
      'level',
      'score',
      'profit',
      'contracts',
      'agreement',
      'shortfall',
      'bankrupt',
      'faults',
    ],
    results.map((r, k) => [
      k + 1,
      r.agent,
      r.agentType,
      r.level,
      r.score.toFixed(4),
      r.profit.toFixed(1),
      r.contracts,
      `${(100 * r.agreementRate).toFixed(1)}%`,
      r.shortfallQuantity,
      r.bankrupt ? 'yes' : 'no',
      r.faults,
    ]),
  );
}

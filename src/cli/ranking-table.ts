import type { Ranking } from '../../analysis/ranking/rank-competitors.ts';
import { formatTable } from './format-table.ts';

const f = (x: number, digits = 4): string => (Number.isFinite(x) ? x.toFixed(digits) : '-');

/** A tournament ranking as people read it: truncated mean first, then the other statistics and winners. */
export function rankingTable(ranking: Ranking, faults: Readonly<Record<string, number>> = {}): string {
  const main = formatTable(
    [
      '#',
      'agent type',
      'worlds',
      'truncated mean',
      'mean',
      'median',
      'std',
      'min',
      'max',
      'faults',
      'winner',
    ],
    ranking.rows.map((r, k) => [
      k + 1,
      r.agentType,
      r.count,
      f(r.truncatedMean),
      f(r.mean),
      f(r.median),
      f(r.std),
      f(r.min),
      f(r.max),
      faults[r.agentType] ?? 0,
      ranking.winners.includes(r.agentType) ? 'yes' : '',
    ]),
  );
  if (ranking.pairwise.length === 0) return main;
  const pairs = formatTable(
    ['a', 'b', 'Welch t', 'Welch p', 'KS D', 'KS p'],
    ranking.pairwise.map((p) => [p.a, p.b, f(p.t, 3), f(p.welchP), f(p.d, 3), f(p.ksP)]),
  );
  return `${main}\n\npairwise tests\n${pairs}`;
}

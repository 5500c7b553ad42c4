import type { Db } from '../../src/store/open-db.ts';
import { agentSeries } from '../../src/store/queries/agent-series.ts';
import { agentsOfRun } from '../../src/store/queries/agents-of-run.ts';
import { sumByKey } from './sum-by-key.ts';

/** Bankrupt factories of one level at the end of one day, mean per world. */
export interface BankruptcyPoint {
  readonly day: number;
  readonly level: number;
  /** Series name: 'level <l>'. */
  readonly series: string;
  /** Factories bankrupt so far (cumulative). */
  readonly bankrupt: number;
  /** Factories of the level. */
  readonly factories: number;
}

/** One factory's bankruptcy. */
export interface Bankruptcy {
  readonly runId: number;
  readonly day: number;
  readonly agent: string;
  readonly agentType: string;
  readonly level: number;
}

/** Bankrupt factories over time per level (mean over `runIds`), and every bankruptcy with its day. */
export function bankruptcySeries(
  db: Db,
  runIds: readonly number[],
): { readonly series: BankruptcyPoint[]; readonly events: Bankruptcy[] } {
  const events: Bankruptcy[] = [];
  const rows = runIds.flatMap((runId) => {
    const agents = new Map(agentsOfRun(db, runId).map((a) => [a.name, a]));
    const days = agentSeries(db, runId);
    const seen = new Set<string>();
    for (const d of days) {
      if (!d.bankrupt || seen.has(d.agent)) continue;
      seen.add(d.agent);
      const a = agents.get(d.agent);
      events.push({
        runId,
        day: d.day,
        agent: d.agent,
        agentType: a?.agentType ?? '?',
        level: a?.level ?? 0,
      });
    }
    return sumByKey(
      days,
      (d) => ({ day: d.day, level: agents.get(d.agent)?.level ?? 0 }),
      (k) => `${k.level}/${k.day}`,
      (d) => [d.bankrupt ? 1 : 0, 1],
    );
  });
  const series = sumByKey(
    rows,
    (g) => g.key,
    (k) => `${k.level}/${k.day}`,
    (g) => g.sums,
  )
    .map(({ key, count, sums }) => ({
      day: key.day,
      level: key.level,
      series: `level ${key.level}`,
      bankrupt: (sums[0] ?? 0) / count,
      factories: (sums[1] ?? 0) / count,
    }))
    .sort((a, b) => a.level - b.level || a.day - b.day);
  events.sort((a, b) => a.runId - b.runId || a.day - b.day || (a.agent < b.agent ? -1 : 1));
  return { series, events };
}

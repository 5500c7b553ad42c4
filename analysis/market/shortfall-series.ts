import type { Db } from '../../src/store/open-db.ts';
import { agentSeries } from '../../src/store/queries/agent-series.ts';
import { agentsOfRun } from '../../src/store/queries/agents-of-run.ts';
import { sumByKey } from './sum-by-key.ts';

/** Shortfalls of the factories of one level on one day, mean per world. */
export interface ShortfallPoint {
  readonly day: number;
  readonly level: number;
  /** Series name: 'level <l>'. */
  readonly series: string;
  /** Output units promised but not delivered. */
  readonly shortfallQuantity: number;
  /** Money paid for them. */
  readonly shortfallPenalty: number;
}

/** Shortfall units and penalties per day and level of the selling factories, mean over `runIds`. */
export function shortfallSeries(db: Db, runIds: readonly number[]): ShortfallPoint[] {
  const rows = runIds.flatMap((id) => {
    const levelOf = new Map(agentsOfRun(db, id).map((a) => [a.name, a.level]));
    // Sum each run's factories first so the mean is per world.
    return sumByKey(
      agentSeries(db, id),
      (d) => ({ day: d.day, level: levelOf.get(d.agent) ?? 0 }),
      (k) => `${k.level}/${k.day}`,
      (d) => [d.shortfallQuantity, d.shortfallPenalty],
    );
  });
  return sumByKey(
    rows,
    (g) => g.key,
    (k) => `${k.level}/${k.day}`,
    (g) => g.sums,
  )
    .map(({ key, count, sums }) => ({
      day: key.day,
      level: key.level,
      series: `level ${key.level}`,
      shortfallQuantity: (sums[0] ?? 0) / count,
      shortfallPenalty: (sums[1] ?? 0) / count,
    }))
    .sort((a, b) => a.level - b.level || a.day - b.day);
}

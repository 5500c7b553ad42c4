import type { Db } from '../../src/store/open-db.ts';
import { dayHashes } from '../../src/store/queries/day-hashes.ts';
import { negotiationStats } from '../../src/store/queries/negotiation-stats.ts';
import { levelLabel } from './level-label.ts';
import { sumByKey } from './sum-by-key.ts';

/** The negotiations of one day in one market (or all markets), pooled over runs. */
export interface NegotiationPoint {
  readonly day: number;
  /** The product negotiated, or null for all products together. */
  readonly product: number | null;
  /** Series name: levelLabel(product) or 'all products'. */
  readonly series: string;
  /** Negotiations held, mean per world. */
  readonly negotiations: number;
  /** Agreements / negotiations over every run (pooled); NaN when none were held. */
  readonly agreementRate: number;
  /** Rounds per negotiation (pooled); NaN when none were held. */
  readonly meanRounds: number;
  /** Contracts signed (= agreements), mean per world. */
  readonly contracts: number;
  /** Units agreed, mean per world. */
  readonly agreedQuantity: number;
  /** Money agreed (Σ quantity × unit price), mean per world. */
  readonly agreedValue: number;
}

/** Agreement rate, rounds and contract volume per day and level, plus an 'all products' series. */
export function negotiationSeries(db: Db, runIds: readonly number[]): NegotiationPoint[] {
  const perRun = runIds.map((id) => negotiationStats(db, id));
  // A day without negotiations in a market has no row: divide by the worlds that reached the day.
  const storedDays = runIds.map((id) => dayHashes(db, id).length);
  const worldsOn = (day: number): number => Math.max(1, storedDays.filter((n) => n > day).length);
  const byMarket = perRun.flat().map((s) => ({ ...s, market: s.product as number | null }));
  // Fold each run's markets into one row per day before pooling, so 'runs' counts worlds, not markets.
  const allMarkets = perRun.flatMap((stats) =>
    sumByKey(
      stats,
      (s) => s.day,
      (d) => String(d),
      (s) => [s.negotiations, s.agreements, s.rounds, s.agreedQuantity, s.agreedValue],
    ).map(({ key, sums }) => ({
      day: key,
      market: null as number | null,
      negotiations: sums[0] ?? 0,
      agreements: sums[1] ?? 0,
      rounds: sums[2] ?? 0,
      agreedQuantity: sums[3] ?? 0,
      agreedValue: sums[4] ?? 0,
    })),
  );
  return sumByKey(
    [...byMarket, ...allMarkets],
    (s) => ({ day: s.day, product: s.market }),
    (k) => `${k.product ?? 'all'}/${k.day}`,
    (s) => [s.negotiations, s.agreements, s.rounds, s.agreedQuantity, s.agreedValue],
  )
    .map(({ key, sums }) => {
      const [n = 0, agreements = 0, rounds = 0, quantity = 0, value = 0] = sums;
      const count = worldsOn(key.day);
      return {
        day: key.day,
        product: key.product,
        series: key.product === null ? 'all products' : levelLabel(key.product),
        negotiations: n / count,
        agreementRate: n > 0 ? agreements / n : NaN,
        meanRounds: n > 0 ? rounds / n : NaN,
        contracts: agreements / count,
        agreedQuantity: quantity / count,
        agreedValue: value / count,
      };
    })
    .sort((a, b) => (a.product ?? Infinity) - (b.product ?? Infinity) || a.day - b.day);
}

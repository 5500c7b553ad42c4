import type { Db } from '../../src/store/open-db.ts';
import { type Bankruptcy, type BankruptcyPoint, bankruptcySeries } from './bankruptcy-series.ts';
import { type NegotiationPoint, negotiationSeries } from './negotiation-series.ts';
import { type PricePoint, priceSeries } from './price-series.ts';
import { type ScorePoint, type TypeScores, scoreDistribution } from './score-distribution.ts';
import { type MarketTotals, marketTotals } from './market-totals.ts';
import { type ShortfallPoint, shortfallSeries } from './shortfall-series.ts';

/** A run's or a tournament's market over time: every series the analysis report plots. */
export interface MarketDynamics {
  readonly runIds: readonly number[];
  readonly totals: MarketTotals;
  readonly prices: readonly PricePoint[];
  readonly negotiations: readonly NegotiationPoint[];
  readonly shortfalls: readonly ShortfallPoint[];
  readonly bankruptcies: readonly BankruptcyPoint[];
  readonly bankruptcyEvents: readonly Bankruptcy[];
  readonly scores: readonly ScorePoint[];
  readonly scoresByType: readonly TypeScores[];
}

/**
 * Reads the market dynamics of some stored runs (league-rules.md §17.1): trading prices, agreement rate
 * and rounds per day and level, contract volume, shortfalls, bankruptcies and final scores. Several
 * runs (a tournament) are averaged per world; rates are pooled over all negotiations.
 */
export function marketDynamics(db: Db, runIds: readonly number[]): MarketDynamics {
  const bankruptcy = bankruptcySeries(db, runIds);
  const { scores, byType } = scoreDistribution(db, runIds);
  return {
    runIds,
    totals: marketTotals(db, runIds),
    prices: priceSeries(db, runIds),
    negotiations: negotiationSeries(db, runIds),
    shortfalls: shortfallSeries(db, runIds),
    bankruptcies: bankruptcy.series,
    bankruptcyEvents: bankruptcy.events,
    scores,
    scoresByType: byType,
  };
}

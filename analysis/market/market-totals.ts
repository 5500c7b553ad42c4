import type { Db } from '../../src/store/open-db.ts';
import { agentSeries } from '../../src/store/queries/agent-series.ts';
import { agentsOfRun } from '../../src/store/queries/agents-of-run.ts';
import { daySeries } from '../../src/store/queries/day-series.ts';
import { negotiationStats } from '../../src/store/queries/negotiation-stats.ts';

/** Totals over every analysed run. */
export interface MarketTotals {
  readonly runs: number;
  /** Days of the longest run. */
  readonly days: number;
  /** Factories, summed over the runs. */
  readonly factories: number;
  readonly negotiations: number;
  readonly agreements: number;
  /** agreements / negotiations (NaN without negotiations). */
  readonly agreementRate: number;
  /** Rounds per negotiation (NaN without negotiations). */
  readonly meanRounds: number;
  /** Units agreed in negotiations. */
  readonly agreedQuantity: number;
  /** Money agreed in negotiations (Σ quantity × unit price). */
  readonly agreedValue: number;
  readonly shortfallQuantity: number;
  readonly shortfallPenalty: number;
  /** Factories that went bankrupt. */
  readonly bankruptcies: number;
}

/** Sums the headline numbers of some stored runs. */
export function marketTotals(db: Db, runIds: readonly number[]): MarketTotals {
  let days = 0;
  let factories = 0;
  let negotiations = 0;
  let agreements = 0;
  let rounds = 0;
  let agreedQuantity = 0;
  let agreedValue = 0;
  let shortfallQuantity = 0;
  let shortfallPenalty = 0;
  let bankruptcies = 0;
  for (const id of runIds) {
    const ds = daySeries(db, id);
    days = Math.max(days, ds.length);
    factories += agentsOfRun(db, id).length;
    for (const d of ds) {
      negotiations += d.nNegotiations;
      agreements += d.nAgreements;
      rounds += d.nNegotiationRounds;
      bankruptcies += d.nBankruptcies;
    }
    for (const s of negotiationStats(db, id)) {
      agreedQuantity += s.agreedQuantity;
      agreedValue += s.agreedValue;
    }
    for (const a of agentSeries(db, id)) {
      shortfallQuantity += a.shortfallQuantity;
      shortfallPenalty += a.shortfallPenalty;
    }
  }
  return {
    runs: runIds.length,
    days,
    factories,
    negotiations,
    agreements,
    agreementRate: negotiations > 0 ? agreements / negotiations : NaN,
    meanRounds: negotiations > 0 ? rounds / negotiations : NaN,
    agreedQuantity,
    agreedValue,
    shortfallQuantity,
    shortfallPenalty,
    bankruptcies,
  };
}

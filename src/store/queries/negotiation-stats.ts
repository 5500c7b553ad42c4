import { cachedStatement } from '../cached-statement.ts';
import type { Db } from '../open-db.ts';

/** The negotiations of one day about one product, counted. */
export interface NegotiationStat {
  readonly day: number;
  /** Product negotiated: sold by level `product - 1`, bought by level `product`. */
  readonly product: number;
  readonly negotiations: number;
  readonly agreements: number;
  /** Rounds played, summed over the negotiations. */
  readonly rounds: number;
  /** Units agreed, summed over the agreements. */
  readonly agreedQuantity: number;
  /** Σ agreed quantity × unit price (money). */
  readonly agreedValue: number;
}

const SQL = `
SELECT day, product, count(*) AS negotiations, sum(status = 'agreement') AS agreements, sum(rounds) AS rounds,
  coalesce(sum(agreement_quantity), 0) AS agreedQuantity,
  coalesce(sum(agreement_quantity * agreement_unit_price), 0.0) AS agreedValue
FROM negotiations WHERE run_id = ? GROUP BY day, product ORDER BY day, product`;

/** Negotiation counts, agreements, rounds and agreed volume per day and product of a run. */
export function negotiationStats(db: Db, runId: number): NegotiationStat[] {
  return cachedStatement<[number], NegotiationStat>(db, SQL).all(runId);
}

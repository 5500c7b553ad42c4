import { cachedStatement } from '../cached-statement.ts';
import type { Db } from '../open-db.ts';

/** The world's statistics of one day (league-rules.md §17.1, world level). */
export interface StoredDay {
  readonly day: number;
  readonly stateHash: string;
  readonly nNegotiations: number;
  readonly nAgreements: number;
  readonly nNegotiationRounds: number;
  readonly nContracts: number;
  readonly nExecuted: number;
  readonly nNullified: number;
  readonly nBreaches: number;
  readonly nBankruptcies: number;
  readonly nBankrupt: number;
  readonly nFaults: number;
  /** Σ executed quantity × unit price over all products, exogenous trade included (money). */
  readonly activityLevel: number;
}

const SQL = `
SELECT day, state_hash AS stateHash, n_negotiations AS nNegotiations, n_agreements AS nAgreements,
  n_negotiation_rounds AS nNegotiationRounds, n_contracts AS nContracts, n_executed AS nExecuted,
  n_nullified AS nNullified, n_breaches AS nBreaches, n_bankruptcies AS nBankruptcies, n_bankrupt AS nBankrupt,
  n_faults AS nFaults, activity_level AS activityLevel
FROM days WHERE run_id = ? ORDER BY day`;

/** The per-day world statistics of a run, day 0 first. */
export function daySeries(db: Db, runId: number): StoredDay[] {
  return cachedStatement<[number], StoredDay>(db, SQL).all(runId);
}

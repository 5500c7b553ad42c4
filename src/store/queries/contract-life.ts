import type { LeagueContract } from '../../../worlds/base/league-types.ts';
import { cachedStatement } from '../cached-statement.ts';
import type { Db } from '../open-db.ts';

/** A contract and what became of it. */
export interface ContractLife {
  readonly contract: LeagueContract;
  /** The negotiation that produced it (null for exogenous contracts). */
  readonly negotiationId: string | null;
  /** Day it was executed, or null (exogenous contracts are never marked: the world does not report them). */
  readonly executedDay: number | null;
  /** Day it was nullified (bankruptcy of a party, or zero quantity on delivery), or null. */
  readonly nullifiedDay: number | null;
}

interface Row extends Omit<LeagueContract, 'exogenous'> {
  readonly exogenous: number;
  readonly negotiationId: string | null;
  readonly executedDay: number | null;
  readonly nullifiedDay: number | null;
}

const SQL = `
SELECT c.contract_id AS id, c.seller, c.buyer, c.product, c.quantity, c.delivery_day AS deliveryDay,
  c.unit_price AS unitPrice, c.signed_day AS signedDay, c.exogenous, c.executed_day AS executedDay,
  c.nullified_day AS nullifiedDay,
  (SELECT n.neg_id FROM negotiations n WHERE n.run_id = c.run_id AND n.contract_id = c.contract_id) AS negotiationId
FROM contracts c WHERE c.run_id = @runId AND c.contract_id = @contractId`;

/** A contract by its id in the run ('c7', or 'x3' for the fourth exogenous contract), or null. */
export function contractLife(
  db: Db,
  key: { readonly runId: number; readonly contractId: string },
): ContractLife | null {
  const row = cachedStatement<{ runId: number; contractId: string }, Row>(db, SQL).get({
    runId: key.runId,
    contractId: key.contractId,
  });
  if (row === undefined) return null;
  const { negotiationId, executedDay, nullifiedDay, exogenous, ...contract } = row;
  return { contract: { ...contract, exogenous: exogenous === 1 }, negotiationId, executedDay, nullifiedDay };
}

import { cachedStatement } from '../cached-statement.ts';
import type { Db } from '../open-db.ts';
import type { ContractLife } from './contract-life.ts';

interface Row {
  readonly id: string;
  readonly seller: string;
  readonly buyer: string;
  readonly product: number;
  readonly quantity: number;
  readonly deliveryDay: number;
  readonly unitPrice: number;
  readonly signedDay: number;
  readonly exogenous: number;
  readonly executedDay: number | null;
  readonly nullifiedDay: number | null;
  readonly negotiationId: string | null;
}

const SQL = `
SELECT c.contract_id AS id, c.seller, c.buyer, c.product, c.quantity, c.delivery_day AS deliveryDay,
  c.unit_price AS unitPrice, c.signed_day AS signedDay, c.exogenous, c.executed_day AS executedDay,
  c.nullified_day AS nullifiedDay, n.neg_id AS negotiationId
FROM contracts c LEFT JOIN negotiations n ON n.run_id = c.run_id AND n.contract_id = c.contract_id
WHERE c.run_id = @runId AND (c.signed_day = @day OR c.delivery_day = @day)
  AND (@agent IS NULL OR c.seller = @agent OR c.buyer = @agent)
ORDER BY c.id`;

/**
 * The contracts signed or due on one day (or those of one factory), exogenous ones included, in the
 * order they were stored.
 */
export function contractsOfDay(
  db: Db,
  key: { readonly runId: number; readonly day: number; readonly agent?: string },
): ContractLife[] {
  return cachedStatement<{ runId: number; day: number; agent: string | null }, Row>(db, SQL)
    .all({ runId: key.runId, day: key.day, agent: key.agent ?? null })
    .map(({ negotiationId, executedDay, nullifiedDay, exogenous, ...contract }) => ({
      contract: { ...contract, exogenous: exogenous === 1 },
      negotiationId,
      executedDay,
      nullifiedDay,
    }));
}

import type { NegotiationRecord } from '../../../worlds/base/league-records.ts';
import type { LeagueOffer } from '../../../worlds/base/league-types.ts';
import { cachedStatement } from '../cached-statement.ts';
import type { Db } from '../open-db.ts';

/** A negotiation's partners and outcome, without its actions. */
export type NegotiationSummary = Omit<NegotiationRecord, 'actions'>;

interface Row extends Omit<NegotiationSummary, 'agreement'> {
  readonly quantity: number | null;
  readonly deliveryDay: number | null;
  readonly unitPrice: number | null;
}

const SQL = `
SELECT neg_id AS id, day, product, seller, buyer, opener, status, rounds, agreement_quantity AS quantity,
  agreement_delivery_day AS deliveryDay, agreement_unit_price AS unitPrice, contract_id AS contractId
FROM negotiations
WHERE run_id = @runId AND day = @day AND (@agent IS NULL OR seller = @agent OR buyer = @agent)
ORDER BY negotiations.id`;

/** The negotiations held on one day (or those one factory took part in), in the order they ended. */
export function negotiationsOfDay(
  db: Db,
  key: { readonly runId: number; readonly day: number; readonly agent?: string },
): NegotiationSummary[] {
  return cachedStatement<{ runId: number; day: number; agent: string | null }, Row>(db, SQL)
    .all({ runId: key.runId, day: key.day, agent: key.agent ?? null })
    .map(({ quantity, deliveryDay, unitPrice, ...rest }) => {
      const agreement: LeagueOffer | null =
        quantity === null || deliveryDay === null || unitPrice === null
          ? null
          : { quantity, deliveryDay, unitPrice };
      return { ...rest, agreement };
    });
}

import type { LeagueOffer } from '../../../worlds/base/league-types.ts';
import type { NegotiationRecord } from '../../../worlds/base/league-records.ts';
import { cachedStatement } from '../cached-statement.ts';
import type { Db } from '../open-db.ts';

/** One stored action of a negotiation. */
export interface StoredAction {
  readonly round: number;
  /** Name of the factory that acted. */
  readonly actor: string;
  /** 'offer' | 'accept' | 'end' | 'wait' | 'skip' | 'invalid' | 'error'. */
  readonly kind: string;
  /** The offer made or accepted; for 'invalid', whatever numbers the agent gave (missing ones are null). */
  readonly quantity: number | null;
  readonly deliveryDay: number | null;
  readonly unitPrice: number | null;
  /** Error text, or the raw output of an 'invalid' offer. */
  readonly message: string | null;
}

/** A negotiation with its outcome and, if the run logged offers, every action in order. */
export interface NegotiationTranscript extends Omit<NegotiationRecord, 'actions'> {
  readonly actions: readonly StoredAction[];
}

interface Row extends Omit<NegotiationRecord, 'actions' | 'agreement'> {
  readonly rowId: number;
  readonly quantity: number | null;
  readonly deliveryDay: number | null;
  readonly unitPrice: number | null;
}

const NEGOTIATION = `
SELECT id AS rowId, neg_id AS id, day, product, seller, buyer, opener, status, rounds, agreement_quantity AS quantity,
  agreement_delivery_day AS deliveryDay, agreement_unit_price AS unitPrice, contract_id AS contractId
FROM negotiations WHERE run_id = @runId AND neg_id = @negId`;

const ACTIONS = `
SELECT round, actor, kind, quantity, delivery_day AS deliveryDay, unit_price AS unitPrice, message
FROM offers WHERE negotiation_id = ? ORDER BY idx`;

/** A negotiation by its id in the run (e.g. 'n12'), or null if there is none. */
export function negotiationTranscript(
  db: Db,
  key: { readonly runId: number; readonly negId: string },
): NegotiationTranscript | null {
  const row = cachedStatement<{ runId: number; negId: string }, Row>(db, NEGOTIATION).get({
    runId: key.runId,
    negId: key.negId,
  });
  if (row === undefined) return null;
  const { rowId, quantity, deliveryDay, unitPrice, ...rest } = row;
  const agreement: LeagueOffer | null =
    quantity === null || deliveryDay === null || unitPrice === null
      ? null
      : { quantity, deliveryDay, unitPrice };
  return { ...rest, agreement, actions: cachedStatement<[number], StoredAction>(db, ACTIONS).all(rowId) };
}

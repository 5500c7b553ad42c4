import type { Migration } from './migration.ts';

/**
 * Offers move into their negotiation: `negotiations.offers_json` holds every action of the
 * negotiation (format: src/store/offers-json.ts) and `offers` becomes a view with the columns of the
 * old table, less its `id`. Writing one indexed row per action cost more than the world that made
 * them (issue #7); a view reads the same. Existing offers are carried over.
 */
export const migration004: Migration = {
  version: 4,
  name: 'offers-in-negotiations',
  sql: `
ALTER TABLE negotiations ADD COLUMN offers_json TEXT;

UPDATE negotiations SET offers_json = coalesce(
  (SELECT json_group_array(
      json_array(o.round, CASE WHEN o.actor = negotiations.opener THEN 0 ELSE 1 END, o.kind,
        o.quantity, o.delivery_day, o.unit_price, o.message) ORDER BY o.idx)
   FROM offers o WHERE o.negotiation_id = negotiations.id),
  '[]')
WHERE run_id IN (SELECT id FROM runs WHERE log_offers = 1);

DROP INDEX offers_by_run;
DROP TABLE offers;

CREATE VIEW offers AS
SELECT
  n.run_id AS run_id,
  n.id AS negotiation_id,
  a.key AS idx,
  a.value ->> 0 AS round,
  CASE WHEN a.value ->> 1 = 0 THEN n.opener WHEN n.opener = n.seller THEN n.buyer ELSE n.seller END AS actor,
  a.value ->> 2 AS kind,
  CAST(a.value ->> 3 AS REAL) AS quantity,
  CAST(a.value ->> 4 AS REAL) AS delivery_day,
  CAST(a.value ->> 5 AS REAL) AS unit_price,
  a.value ->> 6 AS message
FROM negotiations n, json_each(n.offers_json) a
WHERE n.offers_json IS NOT NULL;
`,
};

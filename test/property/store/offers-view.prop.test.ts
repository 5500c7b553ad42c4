import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SaoAction } from '../../../src/negotiation/sao-types.ts';
import { offersJson } from '../../../src/store/offers-json.ts';
import { openDb } from '../../../src/store/open-db.ts';

const KINDS = ['offer', 'accept', 'end', 'wait', 'skip', 'invalid', 'error'] as const;
const anyNumber = fc.oneof(fc.double(), fc.integer(), fc.constant(Number.NaN), fc.string());

const action: fc.Arbitrary<SaoAction<unknown>> = fc.record(
  {
    round: fc.nat(1000),
    actor: fc.integer({ min: 0, max: 1 }),
    kind: fc.constantFrom(...KINDS),
    outcome: fc.oneof(
      fc.record({ quantity: anyNumber, deliveryDay: anyNumber, unitPrice: anyNumber }),
      fc.constant(null),
      fc.string(),
    ),
    message: fc.string(),
  },
  { requiredKeys: ['round', 'actor', 'kind'] },
);

describe('the offers view', () => {
  it('reads back every action as written: finite numbers kept, actors named, messages intact', () => {
    const db = openDb(':memory:');
    const runId = Number(
      db
        .prepare(
          `INSERT INTO runs (label, world, seed, config_json, software_version, status, started_at, n_steps, log_offers)
           VALUES ('', 'std', 's', '{}', '0', 'done', 'now', 5, 1)`,
        )
        .run().lastInsertRowid,
    );
    const insert = db.prepare(
      `INSERT INTO negotiations (run_id, neg_id, day, product, seller, buyer, opener, status, rounds, offers_json)
       VALUES (?, ?, 0, 1, 'S', 'B', ?, 'broken', 3, ?)`,
    );
    const read = db.prepare(
      'SELECT idx, round, actor, kind, quantity, delivery_day AS d, unit_price AS p, message FROM offers WHERE negotiation_id = ? ORDER BY idx',
    );
    let k = 0;
    fc.assert(
      fc.property(fc.array(action, { maxLength: 8 }), fc.boolean(), (actions, sellerOpens) => {
        const opener = sellerOpens ? 'S' : 'B';
        const id = Number(insert.run(runId, `n${k++}`, opener, offersJson(actions)).lastInsertRowid);
        const finite = (v: unknown): number | null =>
          typeof v === 'number' && Number.isFinite(v) ? (Object.is(v, -0) ? 0 : v) : null;
        const expected = actions.map((a, idx) => {
          const o = (typeof a.outcome === 'object' && a.outcome !== null ? a.outcome : {}) as Record<
            string,
            unknown
          >;
          return {
            idx,
            round: a.round,
            actor: a.actor === 0 ? opener : sellerOpens ? 'B' : 'S',
            kind: a.kind,
            quantity: finite(o['quantity']),
            d: finite(o['deliveryDay']),
            p: finite(o['unitPrice']),
            message: a.message ?? (a.kind === 'invalid' ? expect.any(String) : null),
          };
        });
        expect(read.all(id)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
    db.close();
  });
});

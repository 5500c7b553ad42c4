import { describe, expect, it } from 'vitest';
import { FactorySqliteSink } from '../../../../src/store/factory-sqlite-sink.ts';
import { migration001 } from '../../../../src/store/migrations/001-init.ts';
import { migration002 } from '../../../../src/store/migrations/002-tournament-results.ts';
import { openDb } from '../../../../src/store/open-db.ts';
import type { SaoNegotiator } from '../../../../src/negotiation/sao-types.ts';
import type { FactoryOffer } from '../../../../worlds/factory/factory-types.ts';
import { runFactoryWorld } from '../../../../worlds/factory/run-factory-world.ts';
import { handFactoryConfig, resolverOf, scripted } from './factory-fixtures.ts';

const yes = (offer: FactoryOffer): SaoNegotiator<FactoryOffer> => ({
  propose: () => offer,
  respond: () => 'accept',
});
const Seller = scripted('Seller', ({ actions, view }) => ({
  init() {
    actions.requestNegotiation(
      { isBuy: false, product: 1, quantity: 2, deliveryDay: 1, unitPrice: 20, partner: 'B' },
      yes({ quantity: 2, deliveryDay: 1, unitPrice: 20 }),
    );
  },
  step() {
    actions.setCommands(new Array<number>(view.nLines).fill(view.process));
  },
}));
const Buyer = scripted('Buyer', () => ({
  respondToNegotiationRequest: () => yes({ quantity: 2, deliveryDay: 1, unitPrice: 20 }),
}));

function count(db: ReturnType<typeof openDb>, sql: string): number {
  return (db.prepare(sql).get() as { n: number }).n;
}

describe('FactorySqliteSink', () => {
  it('writes a factory run into the shared tables and the factory tables, one row per ledger event', () => {
    const db = openDb(':memory:');
    const config = handFactoryConfig({
      agentTypes: ['Seller', 'Buyer'],
      exogenous: [
        { factory: 0, isSale: false, product: 0, quantity: 2, unitPrice: 10, deliveryDay: 0, revealDay: 0 },
      ],
    });
    const sink = new FactorySqliteSink(db, { logOffers: true, now: () => '2024-01-01T00:00:00Z' });
    const summary = runFactoryWorld({
      config,
      seed: 's',
      resolveAgent: resolverOf([Seller, Buyer]),
      sink,
      logOffers: true,
    });
    expect(db.prepare('SELECT world, status, days, final_state_hash AS hash FROM runs').get()).toEqual({
      world: 'factory',
      status: 'done',
      days: 5,
      hash: summary.finalStateHash,
    });
    expect(
      db
        .prepare(
          'SELECT contract_id AS id, signed_day AS s, executed_day AS e, exogenous AS x FROM contracts ORDER BY id',
        )
        .all(),
    ).toEqual([
      { id: 'c0', s: 0, e: 1, x: 0 },
      { id: 'x0', s: 0, e: 0, x: 1 },
    ]);
    expect(count(db, 'SELECT count(*) AS n FROM factory_ledger')).toBe(5);
    expect(db.prepare("SELECT sum(money) AS m FROM factory_ledger WHERE agent = 'A'").get()).toEqual({
      m: -20 - 2 + 40,
    });
    expect(count(db, 'SELECT count(*) AS n FROM factory_agent_days')).toBe(10);
    expect(count(db, 'SELECT count(*) AS n FROM factory_production')).toBeGreaterThan(0);
    expect(count(db, 'SELECT count(*) AS n FROM factory_executions')).toBe(2);
    expect(count(db, 'SELECT count(*) AS n FROM negotiations')).toBe(1);
    expect(count(db, 'SELECT count(*) AS n FROM offers')).toBeGreaterThan(0);
    expect(count(db, 'SELECT count(*) AS n FROM financial_reports')).toBe(2);
    expect(db.prepare('SELECT agent, rank FROM scores ORDER BY rank').all()).toEqual(
      summary.results.map((r, i) => ({ agent: r.agent, rank: i + 1 })),
    );
    db.close();
  });

  it('refuses a store without the factory tables', () => {
    const db = openDb(':memory:', { migrations: [migration001, migration002] });
    expect(() => new FactorySqliteSink(db, { logOffers: false })).toThrow(
      /older than the factory sink needs \(schema version \d+/,
    );
    db.close();
  });
});

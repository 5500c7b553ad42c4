import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/core/canonical-json.ts';
import { MemorySink } from '../../../src/engine/memory-sink.ts';
import { deleteRun } from '../../../src/store/delete-run.ts';
import { type Db, openDb } from '../../../src/store/open-db.ts';
import { agentDay } from '../../../src/store/queries/agent-day.ts';
import { agentSeries } from '../../../src/store/queries/agent-series.ts';
import { contractLife } from '../../../src/store/queries/contract-life.ts';
import { dayHashes } from '../../../src/store/queries/day-hashes.ts';
import { daySeries } from '../../../src/store/queries/day-series.ts';
import { faultsOfRun } from '../../../src/store/queries/faults-of-run.ts';
import { listRuns } from '../../../src/store/queries/list-runs.ts';
import { negotiationTranscript } from '../../../src/store/queries/negotiation-transcript.ts';
import { productSeries } from '../../../src/store/queries/product-series.ts';
import { runMeta } from '../../../src/store/queries/run-meta.ts';
import { scoresOfRun } from '../../../src/store/queries/scores-of-run.ts';
import { SqliteSink } from '../../../src/store/sqlite-sink.ts';
import { StoreError } from '../../../src/store/store-error.ts';
import type { LeagueDayRecord } from '../../../worlds/base/league-records.ts';
import type { LeagueRunMeta } from '../../../worlds/base/run-league-world.ts';
import { runStoreTestWorld, storeTestConfig } from './store-fixture.ts';

function clock(): () => string {
  let t = 0;
  return () => new Date(Date.UTC(2025, 0, 1, 0, 0, t++)).toISOString();
}

function count(db: Db, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

function storedRun(options: { logOffers: boolean; std?: boolean }) {
  const db = openDb(':memory:');
  const sink = new SqliteSink(db, { logOffers: options.logOffers, now: clock() });
  const run = runStoreTestWorld(sink, { logOffers: true, std: options.std ?? true });
  return { db, sink, ...run };
}

const meta: LeagueRunMeta = {
  world: 'std',
  seed: 's',
  config: storeTestConfig({ std: true }),
  softwareVersion: '1.0.0',
  label: 'hand',
};

describe('SqliteSink', () => {
  it('writes a run that the queries read back unchanged', () => {
    const { db, sink, summary, days } = storedRun({ logOffers: true });
    const runId = sink.runId;

    expect(runMeta(db, runId)).toEqual({
      id: runId,
      label: 'store test',
      world: 'std',
      seed: 'store-test',
      config: storeTestConfig({ std: true }),
      softwareVersion: '9.9.9',
      status: 'done',
      startedAt: '2025-01-01T00:00:00.000Z',
      endedAt: '2025-01-01T00:00:01.000Z',
      nSteps: 5,
      days: 5,
      finalStateHash: summary.finalStateHash,
      logOffers: true,
      error: null,
      tournamentId: null,
      worldKey: null,
    });
    expect(listRuns(db)).toMatchObject([{ id: runId, status: 'done', world: 'std', nAgents: 4, days: 5 }]);
    expect(scoresOfRun(db, runId)).toEqual(summary.results.map((r, i) => ({ ...r, rank: i + 1 })));
    expect(dayHashes(db, runId)).toEqual(days.map((d) => d.stateHash));
    expect(faultsOfRun(db, runId)).toEqual(days.flatMap((d) => d.faults));
    expect(faultsOfRun(db, runId)).toHaveLength(1);

    const agents = storeTestConfig().factories.map((f) => f.name);
    expect(agentSeries(db, runId)).toEqual(
      agents.flatMap((name) => days.map((d) => ({ day: d.day, ...d.agents.find((a) => a.agent === name) }))),
    );
    expect(agentSeries(db, runId, { agent: '02X@1' })).toHaveLength(5);
    for (const d of days) {
      for (const a of d.agents)
        expect(agentDay(db, { runId, agent: a.agent, day: d.day })).toEqual({ day: d.day, ...a });
    }
    const products = [0, 1, 2].flatMap((p) =>
      days.map((d) => ({ day: d.day, ...d.products.find((x) => x.product === p) })),
    );
    expect(productSeries(db, runId)).toEqual(products);
    expect(productSeries(db, runId, { product: 1 })).toEqual(products.filter((p) => p.product === 1));

    for (const n of days.flatMap((d) => d.negotiations)) {
      const other = n.opener === n.seller ? n.buyer : n.seller;
      expect(negotiationTranscript(db, { runId, negId: n.id })).toEqual({
        ...n,
        actions: n.actions.map((a) => ({
          round: a.round,
          actor: a.actor === 0 ? n.opener : other,
          kind: a.kind,
          quantity: a.outcome?.quantity ?? null,
          deliveryDay: a.outcome?.deliveryDay ?? null,
          unitPrice: a.outcome?.unitPrice ?? null,
          message: a.message ?? (a.kind === 'invalid' ? canonicalJson(a.outcome) : null),
        })),
      });
    }
    const invalid = negotiationTranscript(db, { runId, negId: 'n11' });
    expect(invalid?.status).toBe('broken');
    expect(invalid?.actions.at(-1)).toMatchObject({ actor: '01X@0', kind: 'invalid', quantity: 999 });
    db.close();
  });

  it('follows each contract from signing to execution or nullification', () => {
    const { db, sink, days } = storedRun({ logOffers: false });
    const runId = sink.runId;
    // Std: delivered the day after signing, so c0 (day 0) executes on day 1.
    expect(contractLife(db, { runId, contractId: 'c0' })).toEqual({
      contract: days[0]?.contracts[0],
      negotiationId: 'n0',
      executedDay: 1,
      nullifiedDay: null,
    });
    // 02X@1 goes bankrupt on day 2: the contracts it signed that day are nullified.
    const bankrupt = days[2]?.bankruptcies[0];
    expect(bankrupt?.nullifiedContracts).toEqual(['c6', 'c7']);
    expect(contractLife(db, { runId, contractId: 'c6' })).toMatchObject({
      executedDay: null,
      nullifiedDay: 2,
      negotiationId: 'n8',
    });
    expect(db.prepare('SELECT agent, day, nullified_contracts_json AS ids FROM bankruptcies').all()).toEqual([
      { agent: '02X@1', day: 2, ids: '["c6","c7"]' },
    ]);
    // Exogenous contracts get ids x0, x1, ... in config order, between a system agent and a factory.
    const first = storeTestConfig({ std: true }).exogenousContracts[0];
    expect(contractLife(db, { runId, contractId: 'x0' })).toEqual({
      contract: {
        id: 'x0',
        seller: 'SELLER',
        buyer: '00X@0',
        product: 0,
        quantity: first?.quantity,
        deliveryDay: first?.day,
        unitPrice: first?.unitPrice,
        signedDay: first?.day,
        exogenous: true,
      },
      negotiationId: null,
      executedDay: null,
      nullifiedDay: null,
    });
    expect(count(db, 'contracts')).toBe(
      days.reduce((s, d) => s + d.contracts.length, 0) + storeTestConfig().exogenousContracts.length,
    );
    db.close();
  });

  it('writes the day statistics and one financial report per factory and report day', () => {
    const { db, sink, days } = storedRun({ logOffers: false });
    const series = daySeries(db, sink.runId);
    expect(series.map((d) => d.nNegotiations)).toEqual(days.map((d) => d.negotiations.length));
    expect(series.map((d) => d.nAgreements)).toEqual(
      days.map((d) => d.negotiations.filter((n) => n.status === 'agreement').length),
    );
    expect(series.map((d) => d.nBankrupt)).toEqual([0, 0, 1, 1, 1]);
    expect(series[2]).toMatchObject({ nBankruptcies: 1, nNullified: 2 });
    expect(count(db, 'financial_reports')).toBe(days.reduce((s, d) => s + d.reports.length, 0));
    expect(count(db, 'breaches')).toBe(days.reduce((s, d) => s + d.breaches.length, 0));
    db.close();
  });

  it('writes offers only when asked to', () => {
    const withOffers = storedRun({ logOffers: true });
    const actions = withOffers.days.flatMap((d) => d.negotiations).reduce((s, n) => s + n.actions.length, 0);
    expect(actions).toBeGreaterThan(0);
    expect(count(withOffers.db, 'offers')).toBe(actions);
    const without = storedRun({ logOffers: false });
    expect(count(without.db, 'offers')).toBe(0);
    expect(negotiationTranscript(without.db, { runId: without.sink.runId, negId: 'n0' })?.actions).toEqual(
      [],
    );
    withOffers.db.close();
    without.db.close();
  });

  it('writes a day whole or not at all', () => {
    const db = openDb(':memory:');
    const { days } = runStoreTestWorld(new MemorySink(), { std: true });
    const sink = new SqliteSink(db, { logOffers: true, daysPerCommit: 1 });
    sink.beginRun(meta);
    sink.writeDay(days[0] as LeagueDayRecord);
    expect(() => sink.writeDay(badCopyOf(days[1] as LeagueDayRecord))).toThrow(/UNIQUE/);
    expect(dayHashes(db, sink.runId)).toEqual([days[0]?.stateHash]);
    expect(db.prepare('SELECT count(*) AS n FROM negotiations WHERE day = 1').get()).toEqual({ n: 0 });
    expect(contractLife(db, { runId: sink.runId, contractId: 'c0' })?.executedDay).toBeNull();
    expect(runMeta(db, sink.runId)?.days).toBe(1);
    sink.failRun(new Error('disk full'));
    expect(runMeta(db, sink.runId)).toMatchObject({ status: 'failed', error: 'disk full' });
    db.close();
  });

  it('writes days in batches, keeping the days before a failing one', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'scm-sink-')), 'batches.sqlite');
    const db = openDb(path);
    const reader = openDb(path, { readonly: true });
    const { days } = runStoreTestWorld(new MemorySink(), { std: true });
    const sink = new SqliteSink(db, { logOffers: true, daysPerCommit: 2 });
    sink.beginRun(meta);
    sink.writeDay(days[0] as LeagueDayRecord);
    // Another connection sees a batch only once it is committed.
    expect(dayHashes(reader, sink.runId)).toEqual([]);
    sink.writeDay(days[1] as LeagueDayRecord);
    expect(dayHashes(reader, sink.runId)).toEqual([days[0]?.stateHash, days[1]?.stateHash]);
    sink.writeDay(days[2] as LeagueDayRecord);
    expect(() => sink.writeDay(badCopyOf(days[3] as LeagueDayRecord))).toThrow(/UNIQUE/);
    expect(dayHashes(reader, sink.runId)).toEqual(days.slice(0, 3).map((d) => d.stateHash));
    expect(reader.prepare('SELECT count(*) AS n FROM negotiations WHERE day = 3').get()).toEqual({ n: 0 });
    sink.failRun(new Error('disk full'));
    expect(runMeta(reader, sink.runId)).toMatchObject({ status: 'failed', days: 3 });
    reader.close();
    db.close();
  });

  it('writes the days it still holds when the run ends or fails', () => {
    const { days, summary } = runStoreTestWorld(new MemorySink(), { std: true });
    const ended = openDb(':memory:');
    const a = new SqliteSink(ended, { logOffers: false, daysPerCommit: 100 });
    a.beginRun(meta);
    for (const d of days) a.writeDay(d);
    expect(dayHashes(ended, a.runId)).toEqual([]);
    a.endRun(summary);
    expect(dayHashes(ended, a.runId)).toEqual(days.map((d) => d.stateHash));
    const failed = openDb(':memory:');
    const b = new SqliteSink(failed, { logOffers: false, daysPerCommit: 100 });
    b.beginRun(meta);
    b.writeDay(days[0] as LeagueDayRecord);
    b.failRun(new Error('agent crashed the world'));
    expect(dayHashes(failed, b.runId)).toEqual([days[0]?.stateHash]);
    expect(runMeta(failed, b.runId)).toMatchObject({ status: 'failed', error: 'agent crashed the world' });
    ended.close();
    failed.close();
  });

  it('refuses calls out of order', () => {
    const db = openDb(':memory:');
    const sink = new SqliteSink(db, { logOffers: false });
    expect(() => sink.runId).toThrow(StoreError);
    expect(() => sink.writeDay({} as LeagueDayRecord)).toThrow(/before beginRun/);
    sink.beginRun(meta);
    expect(() => sink.beginRun(meta)).toThrow(/one SqliteSink per run/);
    sink.failRun('stopped');
    expect(() =>
      sink.endRun({ days: 0, finalStateHash: '', results: [], negotiations: 0, agreements: 0, contracts: 0 }),
    ).toThrow(/after the run ended/);
    db.close();
  });

  it('links a run to its tournament world', () => {
    const db = openDb(':memory:');
    const tournamentId = Number(
      db
        .prepare(
          "INSERT INTO tournaments (name, config_json, seed, created_at) VALUES ('t', '{}', 's', '2025-01-01T00:00:00.000Z')",
        )
        .run().lastInsertRowid,
    );
    const sink = new SqliteSink(db, { logOffers: false, label: 'renamed', tournamentId, worldKey: 'w1' });
    sink.beginRun(meta);
    expect(runMeta(db, sink.runId)).toMatchObject({
      label: 'renamed',
      tournamentId,
      worldKey: 'w1',
      status: 'running',
      days: 0,
    });
    expect(listRuns(db, { tournamentId }).map((r) => r.id)).toEqual([sink.runId]);
    expect(listRuns(db, { tournamentId: tournamentId + 1 })).toEqual([]);
    // Foreign keys are on: a run cannot name a tournament that does not exist.
    expect(() => new SqliteSink(db, { logOffers: false, tournamentId: 99 }).beginRun(meta)).toThrow(
      /FOREIGN KEY/,
    );
    db.close();
  });

  it('deleteRun() removes a run and every row that belongs to it', () => {
    const { db, sink } = storedRun({ logOffers: true });
    const keep = new SqliteSink(db, { logOffers: false });
    keep.beginRun(meta);
    expect(deleteRun(db, sink.runId)).toBe(true);
    expect(deleteRun(db, sink.runId)).toBe(false);
    for (const table of [
      'days',
      'negotiations',
      'offers',
      'agent_days',
      'product_days',
      'faults',
      'scores',
      'bankruptcies',
    ]) {
      expect(count(db, table)).toBe(0);
    }
    expect(count(db, 'agents')).toBe(4); // the other run's
    expect(listRuns(db).map((r) => r.id)).toEqual([keep.runId]);
    db.close();
  });
});

/** A copy of a day with a duplicated factory row: it violates UNIQUE (run_id, agent, day) after everything else was written. */
function badCopyOf(day: LeagueDayRecord): LeagueDayRecord {
  return { ...day, agents: [...day.agents, day.agents[0] as LeagueDayRecord['agents'][number]] };
}

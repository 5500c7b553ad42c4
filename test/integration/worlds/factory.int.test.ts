import { describe, expect, it } from 'vitest';
import { FACTORY_AGENTS, FACTORY_FILLERS } from '../../../agents/factory/factory-agents.ts';
import { MemorySink } from '../../../src/engine/memory-sink.ts';
import { FactorySqliteSink } from '../../../src/store/factory-sqlite-sink.ts';
import { openDb } from '../../../src/store/open-db.ts';
import type { FactoryDayRecord } from '../../../worlds/factory/factory-records.ts';
import { prepareFactoryWorld } from '../../../worlds/factory/prepare-factory-world.ts';
import {
  type FactoryRunMeta,
  type FactoryRunSummary,
  runFactoryWorld,
} from '../../../worlds/factory/run-factory-world.ts';

const ALL = FACTORY_AGENTS.map((a) => a.name);

function run50(seed: string, world = 'factory') {
  const prepared = prepareFactoryWorld({
    world,
    competitors: ALL,
    agents: FACTORY_AGENTS,
    fillers: FACTORY_FILLERS,
    seed,
    steps: 50,
  });
  const sink = new MemorySink<FactoryRunMeta, FactoryDayRecord, FactoryRunSummary>();
  const summary = runFactoryWorld({
    config: prepared.config,
    seed,
    resolveAgent: prepared.resolveAgent,
    sink,
  });
  return { prepared, summary, days: sink.days };
}

describe('the factory world over 50 days', () => {
  it.each(['factory', 'anac-factory'])(
    'runs the %s preset with every built-in agent, without faults, reproducibly',
    (world) => {
      const { summary, days } = run50(`int-${world}`, world);
      expect(summary.days).toBe(50);
      expect(new Set(summary.results.map((r) => r.agentType))).toEqual(new Set(ALL));
      expect(days.flatMap((d) => d.faults)).toEqual([]);
      expect(summary.agreements).toBeGreaterThan(0);
      expect(days.some((d) => d.production.some((p) => p.runs > 0))).toBe(true);
      for (const r of summary.results) expect(Number.isFinite(r.score)).toBe(true);
      expect(run50(`int-${world}`, world).summary.finalStateHash).toBe(summary.finalStateHash);
    },
  );

  it('goes bankrupt in some seeds, and the store shows the bankruptcy, its liquidation and its compensations', () => {
    const seeds = Array.from({ length: 6 }, (_, k) => `int-factory-${k}`);
    const bankrupt = seeds.filter((seed) => {
      const { days } = run50(seed);
      return days.some((d) => d.bankruptcies.length > 0 && d.compensations.length > 0);
    });
    expect(bankrupt.length).toBeGreaterThan(0);

    const seed = bankrupt[0] as string;
    const prepared = prepareFactoryWorld({
      world: 'factory',
      competitors: ALL,
      agents: FACTORY_AGENTS,
      fillers: FACTORY_FILLERS,
      seed,
      steps: 50,
    });
    const db = openDb(':memory:');
    const sink = new FactorySqliteSink(db, { logOffers: false });
    const summary = runFactoryWorld({
      config: prepared.config,
      seed,
      resolveAgent: prepared.resolveAgent,
      sink,
    });
    const bankruptcy = db
      .prepare('SELECT agent, day, nullified_contracts_json AS nullified FROM bankruptcies')
      .get() as {
      agent: string;
      day: number;
      nullified: string;
    };
    expect(summary.results.find((r) => r.agent === bankruptcy.agent)?.bankrupt).toBe(true);
    expect(
      db.prepare('SELECT agent, day FROM factory_liquidations WHERE agent = ?').get(bankruptcy.agent),
    ).toEqual({
      agent: bankruptcy.agent,
      day: bankruptcy.day,
    });
    const nullified = JSON.parse(bankruptcy.nullified) as string[];
    const compensations = db
      .prepare('SELECT contract_id AS id, victim FROM factory_compensations WHERE bankrupt = ? ORDER BY id')
      .all(bankruptcy.agent) as { id: string; victim: string }[];
    expect(compensations.map((c) => c.id).sort()).toEqual([...nullified].sort());
    expect(compensations.every((c) => c.victim !== bankruptcy.agent)).toBe(true);
    // Nullified contracts are marked in the contracts table and never executed afterwards.
    const marked = db
      .prepare('SELECT count(*) AS n FROM contracts WHERE nullified_day = ? AND executed_day IS NULL')
      .get(bankruptcy.day) as { n: number };
    expect(marked.n).toBe(nullified.length);
    // The bankrupt's report is published at once and it never moves money or goods again.
    expect(
      db
        .prepare('SELECT bankrupt FROM financial_reports WHERE agent = ? AND day = ?')
        .get(bankruptcy.agent, bankruptcy.day),
    ).toEqual({ bankrupt: 1 });
    expect(
      db
        .prepare('SELECT count(*) AS n FROM factory_ledger WHERE agent = ? AND day > ?')
        .get(bankruptcy.agent, bankruptcy.day),
    ).toEqual({ n: 0 });
    db.close();
  });
});

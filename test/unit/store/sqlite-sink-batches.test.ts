import { describe, expect, it } from 'vitest';
import { MemorySink } from '../../../src/engine/memory-sink.ts';
import { type Db, openDb } from '../../../src/store/open-db.ts';
import { contractLife } from '../../../src/store/queries/contract-life.ts';
import { negotiationTranscript } from '../../../src/store/queries/negotiation-transcript.ts';
import { SqliteSink } from '../../../src/store/sqlite-sink.ts';
import type { LeagueDayRecord, NegotiationRecord } from '../../../worlds/base/league-records.ts';
import type { LeagueRunMeta, LeagueRunSummary } from '../../../worlds/base/run-league-world.ts';
import { runStoreTestWorld } from './store-fixture.ts';

function recorded(): { meta: LeagueRunMeta; days: LeagueDayRecord[]; summary: LeagueRunSummary } {
  const memory = new MemorySink<LeagueRunMeta, LeagueDayRecord, LeagueRunSummary>();
  runStoreTestWorld(memory, { logOffers: true, std: true });
  if (memory.meta === null || memory.summary === null) throw new Error('the store test world did not end');
  return { meta: memory.meta, days: memory.days, summary: memory.summary };
}

function store(db: Db, run: ReturnType<typeof recorded>): number {
  const sink = new SqliteSink(db, { logOffers: true });
  sink.beginRun(run.meta);
  for (const d of run.days) sink.writeDay(d);
  sink.endRun(run.summary);
  return sink.runId;
}

function actionsOf(db: Db, runId: number, n: NegotiationRecord): unknown[] | undefined {
  return negotiationTranscript(db, { runId, negId: n.id })?.actions.map((a) => [a.round, a.kind]);
}

describe('SqliteSink batched writes', () => {
  it('numbers negotiations on from the file and links every offer to its own negotiation', () => {
    const db = openDb(':memory:');
    const run = recorded();
    const first = store(db, run);
    const second = store(db, run);
    const negotiations = run.days.flatMap((d) => d.negotiations);
    const ids = db.prepare('SELECT id FROM negotiations ORDER BY id').pluck().all();
    expect(ids).toEqual(Array.from({ length: 2 * negotiations.length }, (_, i) => i + 1));
    for (const runId of [first, second]) {
      for (const n of negotiations)
        expect(actionsOf(db, runId, n)).toEqual(n.actions.map((a) => [a.round, a.kind]));
    }
    db.close();
  });

  it('writes days with more rows than one INSERT carries', () => {
    const db = openDb(':memory:');
    const run = recorded();
    const day0 = run.days[0] as LeagueDayRecord;
    // 150 copies of day 0's negotiations (ids made unique): several full batches plus a remainder.
    const many = Array.from({ length: 150 }, (_, k) =>
      day0.negotiations.map((n) => ({ ...n, id: `${n.id}-${k}`, contractId: null })),
    ).flat();
    const days = [{ ...day0, negotiations: many }, ...run.days.slice(1)];
    const runId = store(db, { ...run, days });
    const count = (sql: string): unknown => db.prepare(sql).pluck().get(runId);
    expect(count('SELECT count(*) FROM negotiations WHERE run_id = ? AND day = 0')).toBe(many.length);
    expect(count('SELECT count(*) FROM offers WHERE run_id = ?')).toBe(
      days.flatMap((d) => d.negotiations).reduce((s, n) => s + n.actions.length, 0),
    );
    const last = many.at(-1) as NegotiationRecord;
    expect(actionsOf(db, runId, last)).toEqual(last.actions.map((a) => [a.round, a.kind]));
    db.close();
  });

  it("follows the day record's executed list if the contracts table disagrees with it", () => {
    const db = openDb(':memory:');
    const run = recorded();
    const day1 = run.days[1] as LeagueDayRecord;
    expect(day1.executedContracts).toContain('c0');
    // A record that, unlike the world, leaves c0 unexecuted: the sink must not mark it.
    const days = run.days.map((d) =>
      d === day1 ? { ...d, executedContracts: d.executedContracts.filter((id) => id !== 'c0') } : d,
    );
    const runId = store(db, { ...run, days });
    expect(contractLife(db, { runId, contractId: 'c0' })?.executedDay).toBeNull();
    for (const id of days[1]?.executedContracts ?? [])
      expect(contractLife(db, { runId, contractId: id })?.executedDay).toBe(1);
    db.close();
  });
});

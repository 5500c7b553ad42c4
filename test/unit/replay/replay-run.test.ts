import { describe, expect, it } from 'vitest';
import { loadReplay } from '../../../src/replay/load-replay.ts';
import { ReplayError } from '../../../src/replay/replay-error.ts';
import { replayRun } from '../../../src/replay/replay-run.ts';
import { openDb, type Db } from '../../../src/store/open-db.ts';
import { agentSeries } from '../../../src/store/queries/agent-series.ts';
import { negotiationsOfDay } from '../../../src/store/queries/negotiations-of-day.ts';
import { SqliteSink } from '../../../src/store/sqlite-sink.ts';
import { X, runStoreTestWorld } from '../store/store-fixture.ts';

function storedRun(options: { std?: boolean } = {}): { db: Db; runId: number } {
  const db = openDb(':memory:');
  const sink = new SqliteSink(db, { logOffers: true });
  runStoreTestWorld(sink, options);
  return { db, runId: sink.runId };
}

describe('replayRun()', () => {
  it('matches every stored day of an unaltered run', () => {
    const { db, runId } = storedRun();
    const report = replayRun(loadReplay(db, runId, [X]));
    expect(report).toMatchObject({ runId, storedDays: 5, matchedDays: 5, divergence: null, state: null });
    db.close();
  });

  it('names the first day whose stored hash differs and stops there', () => {
    const { db, runId } = storedRun();
    const plan = loadReplay(db, runId, [X]);
    const hashes = [...plan.storedHashes];
    hashes[2] = 'f'.repeat(64);
    const report = replayRun({ ...plan, storedHashes: hashes }, { day: 4 });
    expect(report.divergence).toEqual({
      day: 2,
      storedHash: 'f'.repeat(64),
      replayedHash: plan.storedHashes[2],
    });
    expect(report.matchedDays).toBe(2);
    // Day 4 comes after the divergence: no trustworthy state to show.
    expect(report.state).toBeNull();
    db.close();
  });

  it('rebuilds the state of a day: balances and stocks as stored, the day’s negotiations and due contracts', () => {
    const { db, runId } = storedRun({ std: true });
    const report = replayRun(loadReplay(db, runId, [X]), { day: 1 });
    const state = report.state;
    expect(state?.day).toBe(1);
    const stored = agentSeries(db, runId).filter((d) => d.day === 1);
    expect(
      state?.factories.map((f) => [f.agent, f.balance, f.inventoryInput, f.inventoryOutput, f.bankrupt]),
    ).toEqual(stored.map((d) => [d.agent, d.balance, d.inventoryInput, d.inventoryOutput, d.bankrupt]));
    expect(state?.negotiations.map((n) => n.id).sort()).toEqual(
      negotiationsOfDay(db, { runId, day: 1 })
        .map((n) => n.id)
        .sort(),
    );
    expect(state?.contractsDue.every((c) => c.deliveryDay === 1)).toBe(true);
    expect(state?.contractsDue.some((c) => c.exogenous && c.outcome === 'exogenous')).toBe(true);
    db.close();
  });

  it('refuses a day the run did not store', () => {
    const { db, runId } = storedRun();
    const plan = loadReplay(db, runId, [X]);
    expect(() => replayRun(plan, { day: 5 })).toThrow(/stored days 0 to 4; there is no day 5/);
    db.close();
  });
});

describe('loadReplay()', () => {
  it('asks for the agent files again when the run used agent types that are not given', () => {
    const { db, runId } = storedRun();
    expect(() => loadReplay(db, runId, [])).toThrow(
      expect.objectContaining({ code: 'replay/unknown_agent', message: expect.stringContaining('--agents') }),
    );
    db.close();
  });

  it('reports an unknown run as a ReplayError', () => {
    const db = openDb(':memory:');
    expect(() => loadReplay(db, 7, [X])).toThrow(ReplayError);
    db.close();
  });
});

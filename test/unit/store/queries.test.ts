import { describe, expect, it } from 'vitest';
import { openDb } from '../../../src/store/open-db.ts';
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
import { runStoreTestWorld, storeTestConfig } from './store-fixture.ts';

describe('store queries', () => {
  it('return null or nothing for runs, days and ids that do not exist', () => {
    const db = openDb(':memory:');
    expect(listRuns(db)).toEqual([]);
    expect(runMeta(db, 1)).toBeNull();
    expect(scoresOfRun(db, 1)).toEqual([]);
    expect(dayHashes(db, 1)).toEqual([]);
    expect(daySeries(db, 1)).toEqual([]);
    expect(agentSeries(db, 1)).toEqual([]);
    expect(productSeries(db, 1)).toEqual([]);
    expect(faultsOfRun(db, 1)).toEqual([]);
    const sink = new SqliteSink(db, { logOffers: false });
    runStoreTestWorld(sink);
    const runId = sink.runId;
    expect(agentDay(db, { runId, agent: '00X@0', day: 99 })).toBeNull();
    expect(agentDay(db, { runId, agent: 'nobody', day: 0 })).toBeNull();
    expect(negotiationTranscript(db, { runId, negId: 'n999' })).toBeNull();
    expect(contractLife(db, { runId, contractId: 'c999' })).toBeNull();
    db.close();
  });

  it('listRuns() filters by status and world and keeps the oldest first', () => {
    const db = openDb(':memory:');
    const done = new SqliteSink(db, { logOffers: false });
    runStoreTestWorld(done);
    const running = new SqliteSink(db, { logOffers: false });
    running.beginRun({
      world: 'oneshot',
      seed: 's',
      config: storeTestConfig(),
      softwareVersion: '1',
      label: 'partial',
    });
    expect(listRuns(db).map((r) => r.id)).toEqual([done.runId, running.runId]);
    expect(listRuns(db, { status: 'running' }).map((r) => r.label)).toEqual(['partial']);
    expect(listRuns(db, { world: 'oneshot', status: 'done' }).map((r) => r.id)).toEqual([done.runId]);
    expect(listRuns(db, { world: 'std' })).toEqual([]);
    expect(listRuns(db, { limit: 1 }).map((r) => r.id)).toEqual([done.runId]);
    db.close();
  });

  it('return plain objects that survive structured cloning', () => {
    const db = openDb(':memory:');
    const sink = new SqliteSink(db, { logOffers: true });
    runStoreTestWorld(sink);
    const meta = runMeta(db, sink.runId);
    expect(structuredClone(meta)).toEqual(meta);
    const t = negotiationTranscript(db, { runId: sink.runId, negId: 'n0' });
    expect(structuredClone(t)).toEqual(t);
    db.close();
  });
});

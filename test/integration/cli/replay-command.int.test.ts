import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../../src/store/open-db.ts';
import { agentSeries } from '../../../src/store/queries/agent-series.ts';
import { dayHashes } from '../../../src/store/queries/day-hashes.ts';
import { negotiationsOfDay } from '../../../src/store/queries/negotiations-of-day.ts';
import { runMeta } from '../../../src/store/queries/run-meta.ts';
import type { ReplayDayState } from '../../../src/replay/replay-day-state.ts';
import { scm, storeWithRuns } from './cli-store-fixture.ts';

/** Changes one stored value of run 1 in place. */
function alter(path: string, sql: string, ...params: (string | number)[]): void {
  const db = openDb(path);
  try {
    expect(db.prepare(sql).run(...params).changes).toBe(1);
  } finally {
    db.close();
  }
}

describe('scm replay', () => {
  it('re-runs a stored world and finds every day hash equal', async () => {
    const db = await storeWithRuns(['r']);
    const r = await scm(['replay', db]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain("replayed run 1: oneshot world 'tiny', seed r");
    expect(r.out).toContain('all 10 stored day hashes match (days 0 to 9): the run replays exactly');
    expect(r.out).toContain('use --day N');
  });

  it('reports a changed stored hash as a divergence on that day with exit code 1', async () => {
    const db = await storeWithRuns(['r']);
    alter(db, 'UPDATE days SET state_hash = ? WHERE run_id = 1 AND day = 4', '0'.repeat(64));
    const r = await scm(['replay', db]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /^error: run 1 diverges from its stored log on day 4: stored state hash 000000000000, replayed [0-9a-f]{12} \(days 0 to 3 matched\)/,
    );
    const json = await scm(['replay', db, '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toMatchObject({
      ok: false,
      matchedDays: 4,
      divergence: { day: 4, storedHash: '0'.repeat(64) },
    });
  });

  it('finds the divergence on the day of a changed exogenous contract in the stored config', async () => {
    const db = await storeWithRuns(['r']);
    const store = openDb(db, { readonly: true });
    const config = runMeta(store, 1)?.config;
    store.close();
    if (config === undefined) throw new Error('no run');
    const k = config.exogenousContracts.findIndex((c) => c.day === 6);
    const changed = {
      ...config,
      exogenousContracts: config.exogenousContracts.map((c, i) =>
        i === k ? { ...c, quantity: c.quantity + 1 } : c,
      ),
    };
    alter(db, 'UPDATE runs SET config_json = ? WHERE id = 1', JSON.stringify(changed));
    const r = await scm(['replay', db, '--day', '5']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('state at the end of day 5');
    expect(r.err).toContain('diverges from its stored log on day 6');
  });

  it('shows the state at --day N: balances, stocks, contracts due and negotiations, as stored', async () => {
    const db = await storeWithRuns(['r']);
    const text = await scm(['replay', db, '--day', '3']);
    expect(text.code).toBe(0);
    for (const part of [
      'state at the end of day 3',
      'trading prices: product 0',
      'factories:',
      'contracts due on day 3:',
      'negotiations on day 3:',
    ])
      expect(text.out).toContain(part);
    const json = await scm(['replay', db, '--day', '3', '--json']);
    const state = (JSON.parse(json.out) as { state: ReplayDayState }).state;
    const store = openDb(db, { readonly: true });
    const stored = agentSeries(store, 1).filter((d) => d.day === 3);
    expect(state.factories.map((f) => [f.agent, f.balance, f.inventoryInput, f.inventoryOutput])).toEqual(
      stored.map((d) => [d.agent, d.balance, d.inventoryInput, d.inventoryOutput]),
    );
    expect(state.stateHash).toBe(dayHashes(store, 1)[3]);
    expect(state.negotiations.map((n) => n.id)).toEqual(
      negotiationsOfDay(store, { runId: 1, day: 3 }).map((n) => n.id),
    );
    store.close();
    expect(state.contractsDue.length).toBeGreaterThan(0);
    expect(state.contractsDue.every((c) => c.deliveryDay === 3)).toBe(true);
  });

  it('needs the agent files again for a run of a user agent, and replays it with them', async () => {
    const agent = resolve('test/fixtures/my-agent.ts');
    const db = await storeWithRuns(['u'], ['--agents', agent]);
    const without = await scm(['replay', db]);
    expect(without.code).toBe(2);
    expect(without.err).toContain("run 1 used agent type 'MyAgent', which is not built in");
    expect(without.err).toContain('--agents');
    const withFile = await scm(['replay', db, '--agents', agent]);
    expect(withFile.err).toBe('');
    expect(withFile.code).toBe(0);
  });

  it('rejects bad arguments with exit code 2', async () => {
    const db = await storeWithRuns(['r']);
    const day = await scm(['replay', db, '--day', '10']);
    expect(day.code).toBe(2);
    expect(day.err).toContain('run 1 stored days 0 to 9; there is no day 10');
    const notDay = await scm(['replay', db, '--day', 'x']);
    expect(notDay.code).toBe(2);
    expect(notDay.err).toContain("expected a whole number >= 0, got 'x'");
    const run = await scm(['replay', db, '--run', '3']);
    expect(run.code).toBe(2);
    expect(run.err).toContain("there is no run 3 in '");
    const agents = await scm(['replay', db, '--agents', 'NoSuchAgent']);
    expect(agents.code).toBe(2);
    expect(agents.err).toContain("unknown agent 'NoSuchAgent'");
    const missing = await scm(['replay', `${db}.missing`]);
    expect(missing.code).toBe(2);
  });
});

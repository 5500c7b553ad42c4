import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rankCompetitors } from '../../../analysis/ranking/rank-competitors.ts';
import { openDb } from '../../../src/store/open-db.ts';
import { listRuns } from '../../../src/store/queries/list-runs.ts';
import { scoresOfRun } from '../../../src/store/queries/scores-of-run.ts';
import { notAStore, scm, storeWithRuns, storeWithTournament, tempDir } from './cli-store-fixture.ts';

describe('scm rank on a store of single runs', () => {
  it('shows the latest run as a ranked table by default, and another run with --run', async () => {
    const db = await storeWithRuns(['a', 'b']);
    const latest = await scm(['rank', db]);
    expect(latest.code).toBe(0);
    expect(latest.out).toContain("run 2: oneshot world 'tiny', seed b, 10 days");
    expect(latest.out).toMatch(/#\s+agent\s+type\s+level\s+score/);
    const first = await scm(['rank', db, '--run', '1']);
    expect(first.out).toContain("run 1: oneshot world 'tiny', seed a");
  });

  it('prints the stored scores as CSV and as JSON', async () => {
    const db = await storeWithRuns(['a']);
    const store = openDb(db, { readonly: true });
    const scores = scoresOfRun(store, 1);
    store.close();
    const csv = await scm(['rank', db, '--csv']);
    expect(csv.code).toBe(0);
    const lines = csv.out.split('\n');
    expect(lines[0]).toBe(
      'rank,agent,agentType,level,score,profit,contracts,negotiations,agreements,agreementRate,shortfallQuantity,bankrupt,faults',
    );
    expect(lines).toHaveLength(scores.length + 1);
    expect(lines[1]?.split(',').slice(0, 5)).toEqual([
      '1',
      scores[0]?.agent,
      scores[0]?.agentType,
      String(scores[0]?.level),
      String(scores[0]?.score),
    ]);
    const json = await scm(['rank', db, '--json']);
    const parsed = JSON.parse(json.out) as { run: { id: number; seed: string }; scores: unknown[] };
    expect(parsed.run).toMatchObject({ id: 1, seed: 'a' });
    expect(parsed.scores).toEqual(scores);
  });

  it('rejects bad input with exit code 2 and a message that says what to do', async () => {
    const db = await storeWithRuns(['a']);
    const unknown = await scm(['rank', db, '--run', '9']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("there is no run 9 in '");
    expect(unknown.err).toContain('(its runs: 1)');
    const missing = await scm(['rank', join(tempDir(), 'nothing.sqlite')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(
      /no run store at '.*nothing\.sqlite': store a run there first, e\.g\. scm run tiny --db/,
    );
    const text = await scm(['rank', notAStore('text')]);
    expect(text.code).toBe(2);
    expect(text.err).toContain('is not a SQLite database');
    const foreign = await scm(['rank', notAStore('sqlite')]);
    expect(foreign.code).toBe(2);
    expect(foreign.err).toContain('not an scm-league run store');
    const both = await scm(['rank', db, '--csv', '--json']);
    expect(both.code).toBe(2);
    expect(both.err).toMatch(/cannot be used with/);
    const zero = await scm(['rank', db, '--run', '0']);
    expect(zero.code).toBe(2);
    expect(zero.err).toContain("expected a whole number >= 1, got '0'");
    const extra = await scm(['rank', db, 'another.sqlite']);
    expect(extra.code).toBe(2);
    expect(extra.err).toContain('too many arguments');
    const noTournament = await scm(['rank', db, '--tournament', '1']);
    expect(noTournament.code).toBe(2);
    expect(noTournament.err).toContain('holds no tournaments');
  });
});

describe('scm rank on a tournament', () => {
  it('ranks only the competitors by the truncated mean of their world scores', async () => {
    const db = await storeWithTournament({ competitors: ['GreedyOneShot', 'EqualDistOneShot'], worlds: 4 });
    const r = await scm(['rank', db]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain("tournament 1 'test cup' (done): 4 finished worlds, 2 competitors ranked");
    expect(r.out).toMatch(/winner: (GreedyOneShot|EqualDistOneShot)/);
    expect(r.out).not.toMatch(/^\d+\s+RandDistOneShot/m);

    // The same ranking by hand: each competitor type's factories summed per world (league-rules.md §12.4).
    const store = openDb(db, { readonly: true });
    const perWorld = listRuns(store, { tournamentId: 1 }).flatMap((run) => {
      const sums = new Map<string, number>();
      for (const s of scoresOfRun(store, run.id))
        if (s.agentType === 'GreedyOneShot' || s.agentType === 'EqualDistOneShot')
          sums.set(s.agentType, (sums.get(s.agentType) ?? 0) + s.score);
      return [...sums].map(([agentType, score]) => ({ agentType, score }));
    });
    store.close();
    const expected = rankCompetitors(perWorld);
    const json = JSON.parse((await scm(['rank', db, '--json'])).out) as {
      tournament: { id: number; name: string };
      worlds: number;
      rows: { agentType: string; truncatedMean: number; count: number }[];
      winners: string[];
      pairwise: unknown[];
    };
    expect(json.tournament).toMatchObject({ id: 1, name: 'test cup' });
    expect(json.worlds).toBe(4);
    expect(json.rows.map((x) => [x.agentType, x.truncatedMean, x.count])).toEqual(
      expected.rows.map((x) => [x.agentType, x.truncatedMean, x.count]),
    );
    expect(json.winners).toEqual(expected.winners);
    expect(json.pairwise).toHaveLength(1);

    const csv = await scm(['rank', db, '--csv']);
    expect(csv.out.split('\n')[0]).toBe('rank,agentType,worlds,truncatedMean,mean,median,std,min,max');
    expect(csv.out.split('\n')).toHaveLength(3);
  });

  it('ranks every agent type when the tournament does not name its competitors', async () => {
    const db = await storeWithTournament({ worlds: 2 });
    const json = JSON.parse((await scm(['rank', db, '--json'])).out) as {
      competitors: null;
      rows: { agentType: string }[];
    };
    expect(json.competitors).toBeNull();
    expect(json.rows.map((r) => r.agentType).sort()).toContain('RandDistOneShot');
  });

  it('reads the agent type of a competitor given as a file, and ranks every type when a file is gone', async () => {
    const file = resolve('test/fixtures/my-agent.ts');
    const db = await storeWithTournament({ competitors: [file, 'greedyoneshot'], worlds: 2 });
    const json = JSON.parse((await scm(['rank', db, '--json'])).out) as {
      competitors: string[];
      rows: { agentType: string }[];
    };
    expect(json.competitors).toEqual(['MyAgent', 'GreedyOneShot']);
    expect(json.rows.map((r) => r.agentType).sort()).toEqual(['GreedyOneShot', 'MyAgent']);

    const gone = await storeWithTournament({
      competitors: ['GreedyOneShot', '/missing/agent.ts'],
      worlds: 1,
    });
    const r = await scm(['rank', gone]);
    expect(r.code).toBe(0);
    expect(r.err).toContain('note: cannot read competitor /missing/agent.ts: agent file not found');
    expect(r.err).toContain('note: ranking every agent type instead');
    expect(r.out).toContain('every agent type ranked');
  });

  it('still shows a single run of a tournament store with --run, and rejects an unknown tournament', async () => {
    const db = await storeWithTournament({ competitors: ['GreedyOneShot'], worlds: 1 });
    const run = await scm(['rank', db, '--run', '1']);
    expect(run.code).toBe(0);
    expect(run.out).toContain("run 1: oneshot world 'cup'");
    const bad = await scm(['rank', db, '--tournament', '5']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("there is no tournament 5 in '");
    const both = await scm(['rank', db, '--run', '1', '--tournament', '1']);
    expect(both.code).toBe(2);
  });
});

import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../../src/cli/cli-io.ts';
import { runCli } from '../../../src/cli/main.ts';
import { openDb } from '../../../src/store/open-db.ts';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'scm-tournament-'));
const args = (db: string, workers: number): string[] => [
  'tournament',
  '--competitors',
  'GreedySync,SyncRandomOneShot,Nice,RandomOneShot',
  '--per-world',
  '2',
  '--configs',
  '2',
  '--steps',
  '12',
  '--seed',
  'int',
  '--workers',
  String(workers),
  '--db',
  db,
];

interface Scores {
  readonly worldKey: string;
  readonly agentType: string;
  readonly score: number;
}

function scores(db: string): Scores[] {
  const conn = openDb(db, { readonly: true });
  try {
    return conn
      .prepare(
        `SELECT r.world_key AS worldKey, s.agent_type AS agentType, s.score AS score FROM scores s JOIN runs r ON r.id = s.run_id
         ORDER BY r.world_key, s.agent`,
      )
      .all() as Scores[];
  } finally {
    conn.close();
  }
}

describe('scm tournament', () => {
  it('plays every world once and prints the ranking of the four competitors', async () => {
    const db = join(tmp(), 't.sqlite');
    const io = memoryIo();
    expect(await runCli(args(db, 2), io)).toBe(0);
    const out = io.stdout.join('\n');
    expect(out).toContain('24 worlds, 2 competitors per world, 24 played now');
    for (const name of ['GreedySync', 'SyncRandomOneShot', 'Nice', 'RandomOneShot'])
      expect(out).toContain(name);
    const competitors = ['GreedySync', 'SyncRandomOneShot', 'Nice', 'RandomOneShot'];
    expect(scores(db).filter((s) => competitors.includes(s.agentType))).toHaveLength(24 * 2);
    // Running the same command again plays nothing and gives the same ranking.
    const again = memoryIo();
    expect(await runCli(args(db, 2), again)).toBe(0);
    expect(again.stdout.join('\n')).toContain('0 played now');
  });

  it('gives identical scores with 1 and with 2 worker threads', async () => {
    const one = join(tmp(), 'one.sqlite');
    const two = join(tmp(), 'two.sqlite');
    expect(await runCli(args(one, 1), memoryIo())).toBe(0);
    expect(await runCli(args(two, 2), memoryIo())).toBe(0);
    expect(scores(two)).toEqual(scores(one));
    expect(scores(one).length).toBeGreaterThan(24);
  });

  it('resumes after kill -9 and finishes exactly the planned worlds, none lost, none twice', async () => {
    const db = join(tmp(), 'killed.sqlite');
    const child = spawn(process.execPath, ['bin/scm.js', ...args(db, 1)], { stdio: 'ignore' });
    let done = 0;
    for (let waited = 0; waited < 60_000 && done < 3; waited += 50) {
      await new Promise((r) => setTimeout(r, 50));
      try {
        const conn = openDb(db, { readonly: true });
        try {
          done = (
            conn.prepare("SELECT COUNT(*) AS n FROM tournament_worlds WHERE status = 'done'").get() as {
              n: number;
            }
          ).n;
        } finally {
          conn.close();
        }
      } catch {
        // Not created yet.
      }
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(done).toBeGreaterThanOrEqual(3);
    expect(done).toBeLessThan(24);

    const io = memoryIo();
    expect(await runCli(args(db, 2), io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/24 worlds, 2 competitors per world, \d+ played now/);
    const conn = openDb(db, { readonly: true });
    try {
      expect(conn.pragma('integrity_check', { simple: true })).toBe('ok');
      const rows = conn
        .prepare("SELECT world_key AS k, COUNT(*) AS n FROM runs WHERE status = 'done' GROUP BY world_key")
        .all() as { k: string; n: number }[];
      expect(rows).toHaveLength(24);
      expect(rows.every((r) => r.n === 1)).toBe(true);
      expect(
        (conn.prepare("SELECT COUNT(*) AS n FROM runs WHERE status != 'done'").get() as { n: number }).n,
      ).toBe(0);
    } finally {
      conn.close();
    }
    // The resumed tournament has the scores of an uninterrupted one.
    const clean = join(tmp(), 'clean.sqlite');
    expect(await runCli(args(clean, 2), memoryIo())).toBe(0);
    expect(scores(db)).toEqual(scores(clean));
  });

  it('rejects unknown competitors and too many per world with exit code 2', async () => {
    const io = memoryIo();
    expect(await runCli(['tournament', '--competitors', 'GreedySink', '--db', ':memory:'], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain('did you mean GreedySync');
    const io2 = memoryIo();
    expect(
      await runCli(['tournament', '--competitors', 'Nice', '--per-world', '3', '--db', ':memory:'], io2),
    ).toBe(2);
  });
});

describe('scm tournament with a faulty competitor', () => {
  it('finishes, stores the faults and shows each type its fault count', async () => {
    const db = join(tmp(), 'faulty.sqlite');
    const io = memoryIo();
    const argv = [
      'tournament',
      '--competitors',
      'Nice,test/fixtures/faulty-agent.ts',
      '--configs',
      '1',
      '--steps',
      '6',
    ];
    expect(await runCli([...argv, '--seed', 'f', '--workers', '2', '--db', db, '--json'], io)).toBe(0);
    const outcome = JSON.parse(io.stdout.join('')) as { faults: Record<string, number>; totalWorlds: number };
    expect(outcome.totalWorlds).toBe(2);
    expect(outcome.faults['Faulty']).toBeGreaterThan(0);
    expect(outcome.faults['Nice']).toBe(0);
    const conn = openDb(db, { readonly: true });
    try {
      const kinds = conn.prepare('SELECT DISTINCT kind FROM faults ORDER BY kind').all() as {
        kind: string;
      }[];
      expect(kinds.map((k) => k.kind)).toEqual(['exception', 'invalid-output']);
    } finally {
      conn.close();
    }
  });
});

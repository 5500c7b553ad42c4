import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../../src/cli/cli-io.ts';
import { runCli } from '../../../src/cli/main.ts';
import { openDb } from '../../../src/store/open-db.ts';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'scm-cli-'));

describe('scm run', () => {
  it('runs the tiny preset, stores it and prints a ranked table', async () => {
    const io = memoryIo();
    const db = join(tmp(), 'runs.sqlite');
    const code = await runCli(['run', 'tiny', '--seed', '7', '--db', db], io);
    expect(io.stderr).toEqual([]);
    expect(code).toBe(0);
    const out = io.stdout.join('\n');
    expect(out).toContain("oneshot world 'tiny', seed 7");
    expect(out).toMatch(/agent\s+type\s+level\s+score/);
    expect(out).toContain(`stored as run 1 in ${db}`);
  });

  it('gives identical results for the same seed, as JSON', async () => {
    const a = memoryIo();
    const b = memoryIo();
    await runCli(['run', 'tiny', '--seed', 'x', '--no-store', '--json'], a);
    await runCli(['run', 'tiny', '--seed', 'x', '--no-store', '--json'], b);
    const ra = JSON.parse(a.stdout.join('')) as { finalStateHash: string; results: unknown[] };
    expect(ra.finalStateHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(b.stdout.join(''))).toEqual(ra);
  });

  it('loads a user agent written in TypeScript without a build step and ranks it under its own name', async () => {
    const dir = tmp();
    const file = join(dir, 'my-agent.ts');
    const api = resolve('worlds/base/league-agent.ts');
    writeFileSync(
      file,
      `import { defineLeagueAgent } from ${JSON.stringify(api)};
export default defineLeagueAgent({
  name: 'MyAgent',
  description: 'walks away from everything',
  worlds: ['oneshot'],
  create: () => ({ style: 'negotiation' as const, propose: () => null }),
});
`,
    );
    const io = memoryIo();
    const code = await runCli(['run', 'tiny', '--seed', '3', '--agents', file, '--no-store', '--json'], io);
    expect(io.stderr).toEqual([]);
    expect(code).toBe(0);
    const summary = JSON.parse(io.stdout.join('')) as { results: { agentType: string }[] };
    expect(summary.results.filter((r) => r.agentType === 'MyAgent')).toHaveLength(1);
  });

  it('reports a broken agent file with its path and exits 2', async () => {
    const file = join(tmp(), 'broken.ts');
    writeFileSync(file, 'export default {{;\n');
    const io = memoryIo();
    expect(await runCli(['run', 'tiny', '--agents', file, '--no-store'], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain(file);
  });

  it('rejects an unknown agent with the closest names and exit code 2', async () => {
    const io = memoryIo();
    expect(await runCli(['run', 'tiny', '--agents', 'GreedyOneShott', '--no-store'], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain("unknown agent 'GreedyOneShott'; did you mean GreedyOneShot");
  });

  it('rejects an unknown world and a bad option value with exit code 2', async () => {
    const a = memoryIo();
    expect(await runCli(['run', 'oneshoot', '--no-store'], a)).toBe(2);
    expect(a.stderr.join('\n')).toContain('did you mean oneshot');
    const b = memoryIo();
    expect(await runCli(['run', 'tiny', '--steps', 'zero'], b)).toBe(2);
    expect(b.stderr.join('\n')).toContain("expected a whole number >= 1, got 'zero'");
  });
});

describe('scm agents and scm worlds', () => {
  it('list the built-ins and presets', async () => {
    const io = memoryIo();
    expect(await runCli(['agents'], io)).toBe(0);
    expect(io.stdout.join('\n')).toContain('GreedyOneShot');
    const w = memoryIo();
    expect(await runCli(['worlds', '--json'], w)).toBe(0);
    expect((JSON.parse(w.stdout.join('')) as { name: string }[]).map((p) => p.name)).toContain('oneshot');
  });
});

describe('the README example agent', () => {
  it('runs among the fillers without faults', async () => {
    const io = memoryIo();
    expect(
      await runCli(
        ['run', 'tiny', '--seed', '11', '--agents', 'test/fixtures/my-agent.ts', '--no-store', '--json'],
        io,
      ),
    ).toBe(0);
    const summary = JSON.parse(io.stdout.join('')) as {
      results: { agentType: string; faults: number; contracts: number }[];
    };
    const mine = summary.results.find((r) => r.agentType === 'MyAgent');
    expect(mine?.faults).toBe(0);
    expect(mine?.contracts).toBeGreaterThan(0);
  });
});

describe('scm run factory', () => {
  it('runs the 2020 factory world from the same command and stores it', async () => {
    const db = join(tmp(), 'factory.sqlite');
    const io = memoryIo();
    expect(await runCli(['run', 'factory', '--seed', '2', '--steps', '20', '--db', db], io)).toBe(0);
    const out = io.stdout.join('\n');
    expect(out).toContain("factory world 'factory', seed 2: 20 days");
    expect(out).toContain(`stored as run 1 in ${db}`);
    const rank = memoryIo();
    expect(await runCli(['rank', db, '--json'], rank)).toBe(0);
  });
});

describe('scm run --isolate', () => {
  it('stops an agent stuck in an infinite loop at its call budget, records the timeout and finishes the world', async () => {
    const io = memoryIo();
    const argv = [
      'run',
      'tiny',
      '--seed',
      '1',
      '--agents',
      'test/support/isolation-agents/loops-in-propose.ts,Nice',
    ];
    expect(await runCli([...argv, '--isolate', '--call-budget-ms', '300', '--no-store', '--json'], io)).toBe(
      0,
    );
    const summary = JSON.parse(io.stdout.join('')) as {
      days: number;
      results: { agentType: string; faults: number }[];
    };
    expect(summary.days).toBe(10);
    expect(summary.results.find((r) => r.agentType === 'LoopsInPropose')?.faults).toBeGreaterThan(0);
    expect(summary.results.find((r) => r.agentType === 'Nice')?.faults).toBe(0);
  });
});

describe('scm run --log-level', () => {
  it('none stores scores and statistics but no negotiations; offers stores every action', async () => {
    const dir = tmp();
    const count = (db: string, table: string): number => {
      const conn = openDb(db, { readonly: true });
      try {
        return (conn.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
      } finally {
        conn.close();
      }
    };
    for (const level of ['none', 'negotiations', 'offers']) {
      const db = join(dir, `${level}.sqlite`);
      expect(await runCli(['run', 'tiny', '--seed', '4', '--log-level', level, '--db', db], memoryIo())).toBe(
        0,
      );
      expect(count(db, 'scores')).toBeGreaterThan(0);
      expect(count(db, 'days')).toBe(10);
      expect(count(db, 'negotiations') > 0).toBe(level !== 'none');
      expect(count(db, 'offers') > 0).toBe(level === 'offers');
    }
  });
});

import Database from 'better-sqlite3';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { memoryIo } from '../../../src/cli/cli-io.ts';
import { loadAgents } from '../../../src/cli/load-agents.ts';
import { runCli } from '../../../src/cli/main.ts';
import { prepareLeagueWorld } from '../../../src/cli/prepare-league-world.ts';
import { openDb } from '../../../src/store/open-db.ts';
import { SqliteSink } from '../../../src/store/sqlite-sink.ts';
import { runLeagueWorld } from '../../../worlds/base/run-league-world.ts';

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'scm-cli-'));
}

/** Runs the CLI in-process and returns its exit code with everything it printed. */
export async function scm(args: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo();
  const code = await runCli(args, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

/** A run store with tiny runs made by `scm run` (one per seed); returns its path. */
export async function storeWithRuns(
  seeds: readonly string[],
  extra: readonly string[] = [],
): Promise<string> {
  const db = join(tempDir(), 'runs.sqlite');
  for (const seed of seeds) {
    const r = await scm(['run', 'tiny', '--seed', seed, '--db', db, ...extra]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  }
  return db;
}

/**
 * A store with one tournament as the tournament layer writes it: a `tournaments` row whose settings
 * name the competitors (or not), and tiny worlds linked to it by `runs.tournament_id`. Competitor
 * specs containing 'missing' are stored but not placed (a file that no longer exists).
 */
export async function storeWithTournament(options: {
  /** Competitor specs as the tournament stores them: built-in names or agent file paths. */
  readonly competitors?: readonly string[];
  readonly worlds: number;
  readonly path?: string;
}): Promise<string> {
  const competitors = await loadAgents((options.competitors ?? []).filter((c) => !c.includes('missing')));
  const path = options.path ?? join(tempDir(), 'tournament.sqlite');
  const db = openDb(path);
  try {
    const settings =
      options.competitors === undefined ? { world: 'tiny' } : { competitors: options.competitors };
    const tournamentId = Number(
      db
        .prepare(
          `INSERT INTO tournaments (name, config_json, seed, status, created_at) VALUES ('test cup', ?, 'cup', 'done', '2025-01-01T00:00:00Z')`,
        )
        .run(JSON.stringify(settings)).lastInsertRowid,
    );
    for (let w = 0; w < options.worlds; w++) {
      const seed = `cup/${w}`;
      const prepared = prepareLeagueWorld({ world: 'tiny', competitors, seed });
      const sink = new SqliteSink(db, { logOffers: false, tournamentId, worldKey: `w${w}`, label: 'cup' });
      runLeagueWorld({
        config: prepared.config,
        seed,
        resolveAgent: prepared.resolveAgent,
        sink,
        label: 'cup',
      });
    }
  } finally {
    db.close();
  }
  return path;
}

/** A file that is not a run store: plain text, or a SQLite database of another program. */
export function notAStore(kind: 'text' | 'sqlite'): string {
  const path = join(tempDir(), kind === 'text' ? 'notes.txt' : 'other.sqlite');
  if (kind === 'text') writeFileSync(path, 'just some notes\n'.repeat(100));
  else {
    const other = new Database(path);
    other.exec('CREATE TABLE notes (text TEXT)');
    other.close();
  }
  return path;
}

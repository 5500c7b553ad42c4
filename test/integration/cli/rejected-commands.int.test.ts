import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../../src/cli/cli-io.ts';
import { runCli } from '../../../src/cli/main.ts';

const digest = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('a rejected command', () => {
  it('writes nothing to an existing database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scm-rejected-'));
    const db = join(dir, 'runs.sqlite');
    expect(await runCli(['run', 'tiny', '--seed', '1', '--db', db], memoryIo())).toBe(0);
    const before = digest(db);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ schemaVersion: 1, nSteps: 'ten' }));
    for (const argv of [
      ['run', 'tiny', '--agents', 'NoSuchAgent', '--db', db],
      ['run', bad, '--db', db],
      ['run', 'tiny', '--steps', '-3', '--db', db],
      ['tournament', '--competitors', 'NoSuchAgent', '--db', db],
      ['tournament', '--competitors', 'Nice', '--world', 'nope', '--db', db],
      ['replay', db, '--run', '42'],
      ['rank', db, '--run', '42'],
    ]) {
      const io = memoryIo();
      expect(await runCli(argv, io), argv.join(' ')).toBe(2);
      expect(io.stderr.join('\n')).toMatch(/^error: /m);
    }
    expect(digest(db)).toBe(before);
  });

  it('names every invalid field of a config file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scm-rejected-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({ schemaVersion: 1, variant: 'oneshot', nSteps: 'ten', nProcesses: 2 }),
    );
    const io = memoryIo();
    expect(await runCli(['run', bad, '--no-store'], io)).toBe(2);
    const err = io.stderr.join('\n');
    expect(err).toContain(`world config ${bad} is not valid`);
    expect(err).toContain('nSteps');
  });
});

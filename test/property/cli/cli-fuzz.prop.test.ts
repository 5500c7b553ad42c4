import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../../src/cli/cli-io.ts';
import { runCli } from '../../../src/cli/main.ts';

const dir = mkdtempSync(join(tmpdir(), 'scm-fuzz-'));
const db = join(dir, 'fuzz.sqlite');
const badJson = join(dir, 'bad.json');
writeFileSync(badJson, '{"schemaVersion": 1, "nSteps": -4}');

const TOKENS = [
  'oneshot',
  'std',
  'tiny',
  'factory',
  'nope',
  badJson,
  'missing.json',
  '--agents',
  'GreedyOneShot',
  'Nice,DoNothing',
  'Unknown',
  './no-such-agent.ts',
  '--steps',
  '0',
  '-1',
  '2',
  'x',
  '--seed',
  's',
  '--log-level',
  'offers',
  'verbose',
  '--json',
  '--csv',
  '--run',
  '1',
  '99',
  '--day',
  '--negotiation',
  'n0',
  '--contract',
  'c0',
  '--agent',
  '--no-store',
  '--help',
  '--version',
  '--unknown-option',
  '',
  ' ',
  '--',
  'zeuthen-studies',
];

describe('scm with arbitrary arguments', () => {
  it('either runs or is rejected cleanly: exit 0, 1 or 2, never an uncaught exception or a stack trace', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('run', 'agents', 'worlds', 'rank', 'inspect', 'replay', 'experiments', 'nonsense'),
        fc.array(fc.constantFrom(...TOKENS), { maxLength: 6 }),
        async (command, tokens) => {
          const tail =
            command === 'run'
              ? ['--steps', '3', '--db', db]
              : ['rank', 'inspect', 'replay'].includes(command)
                ? [db]
                : [];
          const io = memoryIo();
          const code = await runCli([command, ...tokens, ...tail], io);
          expect([0, 1, 2]).toContain(code);
          if (!tokens.includes('--debug')) expect(io.stderr.join('\n')).not.toMatch(/\n\s+at .+:\d+:\d+/);
          if (code !== 0) expect(io.stderr.join('\n').length).toBeGreaterThan(0);
        },
      ),
      { seed: 42, numRuns: 120 },
    );
  });
});

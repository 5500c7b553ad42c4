import { Command, CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../../src/cli/cli-error.ts';
import { memoryIo } from '../../../src/cli/cli-io.ts';
import { experimentsCommand } from '../../../src/cli/commands/experiments-command.ts';

/** Drives `scm experiments …` in-process, as main.ts will once the command is registered. */
async function scm(args: readonly string[]) {
  const io = memoryIo();
  const program = new Command('scm').exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err });
  program.addCommand(
    experimentsCommand(io).exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err }),
  );
  let error: unknown = null;
  try {
    await program.parseAsync(['experiments', ...args], { from: 'user' });
  } catch (err: unknown) {
    error = err;
  }
  return { io, error, out: io.stdout.join('\n') };
}

describe('scm experiments', () => {
  it('lists the experiments without a name', async () => {
    const { out, error } = await scm([]);
    expect(error).toBeNull();
    for (const name of [
      'zeuthen-studies',
      'zeuthen-random',
      'ermp-fruit-market',
      'ermp-parameters',
      'rmp-vs-ermp',
    ])
      expect(out).toContain(name);
  });

  it('prints the seed studies as Markdown, with the fixture transcripts', async () => {
    const { out, error } = await scm(['zeuthen-studies', '--instances', '3']);
    expect(error).toBeNull();
    expect(out).toContain('`scm experiments zeuthen-studies --seed 1 --instances 3`');
    expect(out).toContain('| two-agents   | 1122      | (9, 10)   |     6 |');
    expect(out).toContain('1 -> 1112');
  });

  it('gives identical JSON for the same seed and different tables for another', async () => {
    const a = await scm(['ermp-fruit-market', '--seed', 'x', '--instances', '40', '--json']);
    const b = await scm(['ermp-fruit-market', '--seed', 'x', '--instances', '40', '--json']);
    const c = await scm(['ermp-fruit-market', '--seed', 'y', '--instances', '40', '--json']);
    const report = JSON.parse(a.out) as { name: string; seed: string; instances: number; tables: unknown[] };
    expect(report).toMatchObject({ name: 'ermp-fruit-market', seed: 'x', instances: 40 });
    expect(JSON.parse(b.out)).toEqual(report);
    expect(JSON.parse(c.out)).not.toEqual(report);
  });

  it('rejects an unknown experiment with a CliError (exit 2) naming the known ones', async () => {
    const { error } = await scm(['nope']);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(2);
    expect((error as CliError).message).toMatch(/expected one of zeuthen-studies, .*, all/);
  });

  it('rejects a bad instance count at the boundary', async () => {
    const { error } = await scm(['zeuthen-random', '--instances', '0']);
    expect(error).toBeInstanceOf(CommanderError);
  });
});

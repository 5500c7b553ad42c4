import { Command, CommanderError } from 'commander';
import { CliError } from './cli-error.ts';
import { type CliIo, processIo } from './cli-io.ts';
import { agentsCommand } from './commands/agents-command.ts';
import { experimentsCommand } from './commands/experiments-command.ts';
import { analyzeCommand } from './commands/analyze-command.ts';
import { inspectCommand } from './commands/inspect-command.ts';
import { rankCommand } from './commands/rank-command.ts';
import { replayCommand } from './commands/replay-command.ts';
import { runCommand } from './commands/run-command.ts';
import { tournamentCommand } from './commands/tournament-command.ts';
import { worldsCommand } from './commands/worlds-command.ts';
import { SOFTWARE_VERSION } from './software-version.ts';

/** The `scm` program. Commands print through `io`; nothing here calls process.exit. */
export function createProgram(io: CliIo = processIo()): Command {
  const program = new Command('scm')
    .description(
      'scm-league: simulate ANAC Supply Chain Management League markets, run tournaments, analyse runs',
    )
    .version(SOFTWARE_VERSION)
    .option('--debug', 'show stack traces for errors')
    .showSuggestionAfterError(true)
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  for (const make of [
    runCommand,
    tournamentCommand,
    rankCommand,
    replayCommand,
    inspectCommand,
    analyzeCommand,
    agentsCommand,
    worldsCommand,
    experimentsCommand,
  ])
    program.addCommand(make(io));
  program.exitOverride();
  for (const c of program.commands)
    c.exitOverride().configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  return program;
}

/**
 * Runs the program on `argv` (user arguments, without node and script) and returns the exit code:
 * 0 ok, 1 a run failed, 2 bad usage or bad input. The one error handler of the CLI.
 */
export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const program = createProgram(io);
  const debug = argv.includes('--debug');
  try {
    await program.parseAsync(argv as string[], { from: 'user' });
    return 0;
  } catch (err: unknown) {
    if (err instanceof CommanderError) {
      // Help and version exit with code 0 through exitOverride; commander already printed its message.
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof CliError) {
      io.err(`error: ${err.message}`);
      if (debug && err.stack) io.err(err.stack);
      return err.exitCode;
    }
    io.err(`error: ${err instanceof Error ? err.message : String(err)}`);
    if (debug && err instanceof Error && err.stack) io.err(err.stack);
    else io.err('(run again with --debug for details)');
    return 1;
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isMain) process.exitCode = await runCli(process.argv.slice(2));

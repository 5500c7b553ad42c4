import { Command, Option } from 'commander';
import { chooseRun } from '../choose-run.ts';
import type { CliIo } from '../cli-io.ts';
import { DEFAULT_DB } from '../default-db.ts';
import { agentView } from '../inspect/agent-view.ts';
import { contractView } from '../inspect/contract-view.ts';
import { dayView } from '../inspect/day-view.ts';
import type { InspectView } from '../inspect/inspect-view.ts';
import { negotiationView } from '../inspect/negotiation-view.ts';
import { runView } from '../inspect/run-view.ts';
import { runsView } from '../inspect/runs-view.ts';
import { nonNegativeInt } from '../non-negative-int.ts';
import { openStoreReadonly } from '../open-store-readonly.ts';
import { positiveInt } from '../parse-options.ts';

interface InspectOptions {
  run?: number;
  negotiation?: string;
  agent?: string;
  day?: number;
  contract?: string;
  json?: boolean;
}

/** `scm inspect <db>`: a negotiation's transcript, a factory's day, a contract's life, a market day. */
export function inspectCommand(io: CliIo): Command {
  return new Command('inspect')
    .description("look inside a stored run: a negotiation's transcript, an agent's day, a contract's life")
    .argument('[db]', 'SQLite run store written by scm run or scm tournament', DEFAULT_DB)
    .option('--run <id>', 'the run to look at (default: the latest finished run)', positiveInt)
    .addOption(
      new Option('-n, --negotiation <id>', "a negotiation's full transcript (ids: n0, n1, ...)").conflicts([
        'agent',
        'contract',
        'day',
      ]),
    )
    .addOption(
      new Option('--agent <name>', "a factory's day (with --day) or its whole run day by day").conflicts(
        'contract',
      ),
    )
    .option('-d, --day <n>', "a day of the run: the market's day, or the --agent's day", nonNegativeInt)
    .addOption(
      new Option(
        '-c, --contract <id>',
        "a contract's life (ids: c0, c1, ...; exogenous: x0, x1, ...)",
      ).conflicts('day'),
    )
    .option('--json', 'print machine-readable JSON')
    .addHelpText(
      'after',
      '\nWith only --run it shows that run at a glance; with no option at all it lists the runs of the store.\n' +
        'Examples:\n  scm inspect runs/scm.sqlite --negotiation n3\n  scm inspect runs/scm.sqlite --agent 00Gr@0 --day 2\n' +
        '  scm inspect runs/scm.sqlite --contract c5',
    )
    .action((path: string, options: InspectOptions) => {
      const db = openStoreReadonly(path);
      let view: InspectView;
      try {
        const wantsRun =
          options.negotiation !== undefined ||
          options.agent !== undefined ||
          options.contract !== undefined ||
          options.day !== undefined;
        if (!wantsRun && options.run === undefined) view = runsView(db, path);
        else {
          const run = chooseRun(db, path, options.run);
          if (!wantsRun) view = runView(db, run);
          else if (options.negotiation !== undefined) view = negotiationView(db, run, options.negotiation);
          else if (options.contract !== undefined) view = contractView(db, run, options.contract);
          else if (options.agent !== undefined) view = agentView(db, run, options.agent, options.day);
          else view = dayView(db, run, options.day as number);
        }
      } finally {
        db.close();
      }
      io.out(options.json ? JSON.stringify(view.data, null, 2) : view.text);
    });
}

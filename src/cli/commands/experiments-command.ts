import { Command } from 'commander';
import { EXPERIMENTS } from '../../experiments/experiment-registry.ts';
import { renderReport } from '../../experiments/render-report.ts';
import { runExperiments } from '../../experiments/run-experiments.ts';
import { CliError } from '../cli-error.ts';
import type { CliIo } from '../cli-io.ts';
import { positiveInt } from '../parse-options.ts';

interface ExperimentsOptions {
  seed: string;
  instances?: number;
  json?: boolean;
}

/** Default root seed of the experiments: the one docs/experiments.md was generated with. */
const DEFAULT_SEED = '1';

/**
 * `scm experiments [name]`: regenerates a table of docs/experiments.md (the papers' mechanisms:
 * multilateral Zeuthen, seed 002; ERMP, seed 001); without a name, lists the experiments.
 */
export function experimentsCommand(io: CliIo): Command {
  return new Command('experiments')
    .description("reproduce the papers' experiments (multilateral Zeuthen, ERMP) as Markdown tables")
    .argument('[name]', `one of ${EXPERIMENTS.map((e) => e.name).join(', ')}, or all`)
    .option('--seed <seed>', 'root seed', DEFAULT_SEED)
    .option('-n, --instances <n>', "instances per sub-case (default: each experiment's own)", positiveInt)
    .option('--json', 'print machine-readable JSON instead of Markdown')
    .action((name: string | undefined, options: ExperimentsOptions) => {
      if (name === undefined) {
        io.out(
          EXPERIMENTS.map(
            (e) => `${e.name.padEnd(18)} ${e.description} (default ${e.defaultInstances} instances)`,
          ).join('\n'),
        );
        return;
      }
      let reports;
      try {
        reports = runExperiments(name, {
          seed: options.seed,
          ...(options.instances === undefined ? {} : { instances: options.instances }),
        });
      } catch (err: unknown) {
        if (err instanceof RangeError && err.message.startsWith('unknown experiment'))
          throw new CliError(err.message);
        throw err;
      }
      if (options.json) io.out(JSON.stringify(name === 'all' ? reports : reports[0], null, 2));
      else io.out(reports.map(renderReport).join('\n\n'));
    });
}

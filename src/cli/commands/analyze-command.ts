import { dirname, join } from 'node:path';
import { Command, Option } from 'commander';
import { type AnalysisTarget, writeMarketAnalysis } from '../../../analysis/report/write-market-analysis.ts';
import type { Db } from '../../store/open-db.ts';
import { listRuns } from '../../store/queries/list-runs.ts';
import { listTournaments } from '../../store/queries/list-tournaments.ts';
import { chooseRun } from '../choose-run.ts';
import { CliError } from '../cli-error.ts';
import type { CliIo } from '../cli-io.ts';
import { DEFAULT_DB } from '../default-db.ts';
import { openStoreReadonly } from '../open-store-readonly.ts';
import { positiveInt } from '../parse-options.ts';

interface AnalyzeOptions {
  out?: string;
  run?: number;
  tournament?: number;
  json?: boolean;
}

/** `scm analyze <db>`: the market dynamics of a run or tournament as a markdown report with plots. */
export function analyzeCommand(io: CliIo): Command {
  return new Command('analyze')
    .description('analyse the market of a stored run or tournament: a markdown report with SVG and PNG plots')
    .argument('[db]', 'SQLite run store written by scm run or scm tournament', DEFAULT_DB)
    .option(
      '-o, --out <dir>',
      'folder to write into (default: analysis-run-<id> or analysis-tournament-<id> beside the store)',
    )
    .addOption(
      new Option(
        '--run <id>',
        'analyse this run (default: the latest tournament, else the latest finished run)',
      )
        .argParser(positiveInt)
        .conflicts('tournament'),
    )
    .addOption(
      new Option('--tournament <id>', 'analyse every finished world of this tournament').argParser(
        positiveInt,
      ),
    )
    .option('--json', 'print what was written as JSON')
    .addHelpText(
      'after',
      '\nPlots: trading price per product, agreement rate and rounds per day and level, units agreed per day,\n' +
        'shortfalls and bankrupt factories per level, final scores per agent type. A tournament is averaged per world.',
    )
    .action(async (path: string, options: AnalyzeOptions) => {
      const db = openStoreReadonly(path);
      try {
        const { target, key } = chooseTarget(db, path, options);
        const outDir = options.out ?? join(dirname(path), `analysis-${key}`);
        const written = await writeMarketAnalysis(db, target, outDir);
        const t = written.dynamics.totals;
        if (options.json) {
          io.out(
            JSON.stringify(
              { target, outDir, files: written.files, plots: written.plots, totals: t },
              null,
              2,
            ),
          );
          return;
        }
        const best = written.dynamics.scoresByType[0];
        const rate = Number.isFinite(t.agreementRate) ? `${(100 * t.agreementRate).toFixed(1)}%` : '-';
        io.out(`analysed ${target.heading}`);
        io.out(
          `${t.negotiations} negotiations, ${t.agreements} agreements (${rate}), ` +
            `${Number.isFinite(t.meanRounds) ? t.meanRounds.toFixed(1) : '-'} rounds each; ${t.agreedQuantity} units agreed; ` +
            `shortfall ${t.shortfallQuantity} units; ${t.bankruptcies} of ${t.factories} factories went bankrupt`,
        );
        if (best !== undefined)
          io.out(`best agent type by mean score: ${best.agentType} (${best.mean.toFixed(4)})`);
        io.out(
          `wrote ${join(outDir, 'report.md')}, dynamics.json and ${written.plots.length} plots as SVG and PNG: ` +
            written.plots.map((p) => p.name).join(', '),
        );
      } finally {
        db.close();
      }
    });
}

function chooseTarget(
  db: Db,
  path: string,
  options: AnalyzeOptions,
): { target: AnalysisTarget; key: string } {
  const tournaments = listTournaments(db);
  const tournament =
    options.run !== undefined
      ? undefined
      : options.tournament !== undefined
        ? tournaments.find((t) => t.id === options.tournament)
        : [...tournaments].reverse().find((t) => t.nRuns > 0);
  if (options.tournament !== undefined && tournament === undefined) {
    throw new CliError(
      tournaments.length === 0
        ? `run store '${path}' holds no tournaments: analyse a single run with --run <id>`
        : `there is no tournament ${options.tournament} in '${path}' (its tournaments: ${tournaments.map((t) => t.id).join(', ')})`,
    );
  }
  if (tournament !== undefined) {
    const runIds = listRuns(db, { tournamentId: tournament.id, status: 'done' }).map((r) => r.id);
    if (runIds.length === 0) {
      throw new CliError(
        `tournament ${tournament.id} '${tournament.name}' has no finished worlds yet: nothing to analyse`,
      );
    }
    const worlds = `${runIds.length} finished world${runIds.length === 1 ? '' : 's'}`;
    return {
      key: `tournament-${tournament.id}`,
      target: {
        runIds,
        about: `tournament ${tournament.id} (${worlds})`,
        heading: `tournament ${tournament.id} '${tournament.name}' (${tournament.status}), ${worlds}`,
      },
    };
  }
  const run = chooseRun(db, path, options.run);
  if (run.days === 0)
    throw new CliError(`run ${run.id} stored no day (status ${run.status}): nothing to analyse`);
  return {
    key: `run-${run.id}`,
    target: {
      runIds: [run.id],
      about: `run ${run.id} (${run.label}, seed ${run.seed})`,
      heading:
        `run ${run.id}: ${run.world} world '${run.label}', seed ${run.seed}, ${run.days} days` +
        (run.status === 'done' ? '' : ` (${run.status}: partial)`),
    },
  };
}

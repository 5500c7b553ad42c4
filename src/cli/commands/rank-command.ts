import { Command, Option } from 'commander';
import { rankTournament, type TournamentRanking } from '../../../analysis/tournament/rank-tournament.ts';
import type { Db } from '../../store/open-db.ts';
import { listTournaments, type StoredTournament } from '../../store/queries/list-tournaments.ts';
import type { RunMeta } from '../../store/queries/run-meta.ts';
import { scoresOfRun, type StoredScore } from '../../store/queries/scores-of-run.ts';
import { chooseRun } from '../choose-run.ts';
import { CliError } from '../cli-error.ts';
import type { CliIo } from '../cli-io.ts';
import { DEFAULT_DB } from '../default-db.ts';
import { formatCsv } from '../format-csv.ts';
import { formatTable } from '../format-table.ts';
import { openStoreReadonly } from '../open-store-readonly.ts';
import { positiveInt } from '../parse-options.ts';
import { resolveCompetitorTypes } from '../resolve-competitor-types.ts';
import { resultsTable } from '../results-table.ts';

interface RankOptions {
  run?: number;
  tournament?: number;
  csv?: boolean;
  json?: boolean;
}

/** `scm rank <db>`: a tournament's ranking of competitor types, or the scores of one run. */
export function rankCommand(io: CliIo): Command {
  return new Command('rank')
    .description('rank the competitors of a tournament, or show the scores of a run, from a run store')
    .argument('[db]', 'SQLite run store written by scm run or scm tournament', DEFAULT_DB)
    .addOption(
      new Option(
        '--run <id>',
        'show the scores of this run (default: the latest tournament if the store has one, else the latest finished run)',
      )
        .argParser(positiveInt)
        .conflicts('tournament'),
    )
    .addOption(
      new Option(
        '--tournament <id>',
        'rank this tournament (default: the latest one in the store)',
      ).argParser(positiveInt),
    )
    .addOption(new Option('--csv', 'print CSV').conflicts('json'))
    .option('--json', 'print machine-readable JSON')
    .addHelpText(
      'after',
      '\nA tournament ranks agent types by the truncated mean of their world scores (final / initial balance),\nas the league does; a single run lists its factories by score.',
    )
    .action(async (path: string, options: RankOptions) => {
      const db = openStoreReadonly(path);
      try {
        const tournament = options.run === undefined ? chooseTournament(db, path, options.tournament) : null;
        if (tournament !== null) await printTournament(io, db, tournament, options);
        else printRun(io, db, chooseRun(db, path, options.run), options);
      } finally {
        db.close();
      }
    });
}

function chooseTournament(db: Db, path: string, id: number | undefined): StoredTournament | null {
  const all = listTournaments(db);
  if (id === undefined) return [...all].reverse().find((t) => t.nRuns > 0) ?? null;
  const found = all.find((t) => t.id === id);
  if (found !== undefined) return found;
  throw new CliError(
    all.length === 0
      ? `run store '${path}' holds no tournaments: rank a single run with --run <id>`
      : `there is no tournament ${id} in '${path}' (its tournaments: ${all.map((t) => t.id).join(', ')})`,
  );
}

async function printTournament(io: CliIo, db: Db, t: StoredTournament, options: RankOptions): Promise<void> {
  const specs = t.config['competitors'];
  let competitors: string[] | null = null;
  if (Array.isArray(specs) && specs.every((s): s is string => typeof s === 'string')) {
    const resolved = await resolveCompetitorTypes(specs);
    for (const u of resolved.unresolved) io.err(`note: cannot read competitor ${u.spec}: ${u.reason}`);
    if (resolved.unresolved.length > 0) io.err('note: ranking every agent type instead');
    else competitors = resolved.types;
  }
  const ranking = rankTournament(db, t.id, { competitors });
  if (ranking.worlds === 0) {
    throw new CliError(
      `tournament ${t.id} '${t.name}' (${t.status}) has no finished worlds yet: nothing to rank`,
    );
  }
  if (options.json) {
    const { tournamentId: _, ...rest } = ranking;
    io.out(
      JSON.stringify(
        { tournament: { id: t.id, name: t.name, seed: t.seed, status: t.status }, ...rest },
        null,
        2,
      ),
    );
    return;
  }
  if (options.csv) {
    io.out(
      formatCsv(
        ['rank', 'agentType', 'worlds', 'truncatedMean', 'mean', 'median', 'std', 'min', 'max'],
        ranking.rows.map((r, k) => [
          k + 1,
          r.agentType,
          r.count,
          r.truncatedMean,
          r.mean,
          r.median,
          r.std,
          r.min,
          r.max,
        ]),
      ),
    );
    return;
  }
  io.out(
    `tournament ${t.id} '${t.name}' (${t.status}): ${ranking.worlds} finished world${ranking.worlds === 1 ? '' : 's'}, ` +
      `${ranking.competitors === null ? 'every agent type' : `${ranking.competitors.length} competitors`} ` +
      'ranked by the truncated mean of their world scores',
  );
  io.out(tournamentTable(ranking));
  io.out(`winner${ranking.winners.length === 1 ? '' : 's'}: ${ranking.winners.join(', ') || '-'}`);
  if (ranking.pairwise.length > 0) {
    io.out('\npairwise tests of the world scores (a small p-value: the two types score differently):');
    io.out(
      formatTable(
        ['type a', 'type b', 'Welch t', 'Welch p', 'KS D', 'KS p'],
        ranking.pairwise.map((p) => [p.a, p.b, num(p.t, 3), num(p.welchP, 4), num(p.d, 3), num(p.ksP, 4)]),
      ),
    );
  }
}

function tournamentTable(ranking: TournamentRanking): string {
  return formatTable(
    ['#', 'agent type', 'worlds', 'score', 'mean', 'median', 'std', 'min', 'max'],
    ranking.rows.map((r, k) => [
      k + 1,
      r.agentType,
      r.count,
      num(r.truncatedMean, 4),
      num(r.mean, 4),
      num(r.median, 4),
      num(r.std, 4),
      num(r.min, 4),
      num(r.max, 4),
    ]),
  );
}

function printRun(io: CliIo, db: Db, meta: RunMeta, options: RankOptions): void {
  const scores = scoresOfRun(db, meta.id);
  if (scores.length === 0) {
    throw new CliError(
      meta.status === 'failed'
        ? `run ${meta.id} failed (${meta.error ?? 'no reason stored'}) and has no scores`
        : `run ${meta.id} has no scores yet: it is still running or was interrupted after day ${meta.days - 1}`,
    );
  }
  if (options.json) {
    const { config: _, ...run } = meta;
    io.out(JSON.stringify({ run, scores }, null, 2));
    return;
  }
  if (options.csv) {
    const headers: (keyof StoredScore)[] = [
      'rank',
      'agent',
      'agentType',
      'level',
      'score',
      'profit',
      'contracts',
      'negotiations',
      'agreements',
      'agreementRate',
      'shortfallQuantity',
      'bankrupt',
      'faults',
    ];
    io.out(
      formatCsv(
        headers,
        scores.map((s) => headers.map((h) => s[h])),
      ),
    );
    return;
  }
  io.out(
    `run ${meta.id}: ${meta.world} world '${meta.label}', seed ${meta.seed}, ${meta.days} days, ` +
      `${scores.length} factories (${meta.status})`,
  );
  io.out(resultsTable(scores));
}

function num(x: number, digits: number): string {
  return Number.isFinite(x) ? x.toFixed(digits) : '-';
}

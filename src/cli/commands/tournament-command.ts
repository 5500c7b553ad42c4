import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { runTournament } from '../../tournament/run-tournament.ts';
import { createProgress } from '../../tournament/progress.ts';
import type { TournamentSpec } from '../../tournament/tournament-spec.ts';
import { CATALOG } from '../catalog.ts';
import { CliError } from '../cli-error.ts';
import type { CliIo } from '../cli-io.ts';
import { closestNames } from '../closest-names.ts';
import { agentBudgets } from '../../engine/isolation/agent-budgets.ts';
import { isolatedAgent } from '../isolated-agent.ts';
import { builtinAgent, isAgentPath, loadAgents } from '../load-agents.ts';
import { newSeed } from '../new-seed.ts';
import { openStore } from '../open-store.ts';
import { commaList, oneOf, positiveInt } from '../parse-options.ts';
import { rankingTable } from '../ranking-table.ts';
import { SOFTWARE_VERSION } from '../software-version.ts';

interface TournamentOptions {
  competitors: string[];
  world: string;
  configs: number;
  runs: number;
  steps?: number;
  perWorld?: number;
  seed?: string;
  workers?: number;
  db: string;
  name?: string;
  logLevel: 'none' | 'negotiations' | 'offers';
  json?: boolean;
  isolate: boolean;
  agentMemoryMb: number;
  callBudgetMs?: number;
}

/** `scm tournament`: a league tournament (configs × round robin × rotations), resumable, ranked. */
export function tournamentCommand(io: CliIo): Command {
  return new Command('tournament')
    .description('run (or resume) a league tournament and print the ranking of the competitors')
    .requiredOption(
      '-c, --competitors <list>',
      'comma-separated built-in agent names or agent files',
      commaList,
    )
    .option('-w, --world <preset>', 'world preset: oneshot, std or anac-std', 'oneshot')
    .option(
      '--configs <n>',
      'base configurations (worlds generated once, played by every assignment)',
      positiveInt,
      5,
    )
    .option('--runs <n>', 'repetitions of every assignment', positiveInt, 1)
    .option('-s, --steps <n>', 'days per world (default: drawn by the preset, 50-200)', positiveInt)
    .option('-k, --per-world <n>', 'competitors per world (default: drawn in [2, min(4, N)])', positiveInt)
    .option('--seed <seed>', 'tournament seed (default: a new one, printed)')
    .option('--workers <n>', 'worker threads (default: one per core)', positiveInt)
    .option('--db <path>', 'SQLite file for the tournament', 'runs/scm.sqlite')
    .option(
      '--name <name>',
      'name of the tournament in the database (default: derived from the options, so the same command resumes)',
    )
    .option(
      '--log-level <level>',
      'what to store: none, negotiations, offers',
      oneOf(['none', 'negotiations', 'offers'] as const),
      'negotiations',
    )
    .option('--json', 'print JSON')
    .option(
      '--no-isolate',
      'run competitors in the world thread (faster; an infinite loop or memory hog then stops the tournament)',
    )
    .option('--agent-memory-mb <n>', 'heap limit of each isolated competitor, MB', positiveInt, 512)
    .option(
      '--call-budget-ms <n>',
      "wall time one agent call may take (default the league's 20 s)",
      positiveInt,
    )
    .action(async (options: TournamentOptions) => {
      const preset = CATALOG.presets.find((p) => p.name === options.world.toLowerCase());
      if (preset === undefined) {
        const known = CATALOG.presets.map((p) => p.name);
        throw new CliError(
          `unknown world '${options.world}'; did you mean ${closestNames(options.world, known).join(', ') || known.join(', ')}?`,
        );
      }
      // Agent files by absolute path, so the same command from another folder resumes the same tournament.
      const specs = options.competitors.map((c) => (isAgentPath(c) ? resolve(c) : c));
      // Isolated by default: competitor files are then loaded only in worker threads, even here.
      const isolation = options.isolate
        ? {
            memoryMb: options.agentMemoryMb,
            budgets: agentBudgets(
              options.callBudgetMs === undefined ? {} : { perCallMs: options.callBudgetMs },
            ),
          }
        : null;
      const types =
        isolation === null
          ? await loadAgents(specs)
          : specs.map((s) => isolatedAgent(isAgentPath(s) ? s : builtinAgent(s).name, isolation));
      for (const t of types) if ('dispose' in t && typeof t.dispose === 'function') t.dispose();
      if (new Set(types.map((t) => t.name)).size !== types.length)
        throw new CliError('each competitor must be a different agent type');
      for (const t of types) {
        if (!t.worlds.includes(preset.variant))
          throw new CliError(`agent '${t.name}' does not run in ${preset.variant} worlds`);
      }
      if (options.perWorld !== undefined && options.perWorld > types.length) {
        throw new CliError(
          `--per-world ${options.perWorld} is more than the ${types.length} competitors given`,
        );
      }
      const seed = options.seed ?? newSeed();
      const spec: TournamentSpec = {
        competitors: specs.map((s, k) => (isAgentPath(s) ? s : (types[k]?.name ?? s))),
        world: preset.name,
        params: preset.params,
        fillers: CATALOG.fillers[preset.variant],
        configs: options.configs,
        runs: options.runs,
        competitorsPerWorld: options.perWorld ?? null,
        steps: options.steps ?? null,
        seed,
      };
      const store = openStore(options.db);
      try {
        const outcome = await runTournament({
          spec,
          competitorTypes: types.map((t) => t.name),
          db: store,
          workers: options.workers ?? availableParallelism(),
          workerEntry: new URL('../tournament-worker.ts', import.meta.url),
          logOffers: options.logLevel === 'offers',
          logNegotiations: options.logLevel !== 'none',
          softwareVersion: SOFTWARE_VERSION,
          isolation,
          ...(options.name === undefined ? {} : { name: options.name }),
          progress: (total, alreadyDone) =>
            createProgress({
              total,
              alreadyDone,
              tty: io.isTty && !options.json,
              write: (t) => io.err(t),
              now: () => performance.now(),
            }),
        });
        if (options.json) {
          io.out(JSON.stringify({ seed, db: options.db, ...outcome }, null, 2));
          return;
        }
        io.out(
          `tournament '${outcome.name}' (seed ${seed}, ${preset.name}): ${outcome.totalWorlds} worlds, ${outcome.competitorsPerWorld} competitors per world, ` +
            `${outcome.playedNow} played now, stored in ${options.db}`,
        );
        io.out(rankingTable(outcome.ranking, outcome.faults));
      } finally {
        store.close();
      }
    });
}

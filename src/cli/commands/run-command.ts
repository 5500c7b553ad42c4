import { Command } from 'commander';
import { runLeagueWorld } from '../../../worlds/base/run-league-world.ts';
import type { CliIo } from '../cli-io.ts';
import { CATALOG } from '../catalog.ts';
import { builtinAgent, isAgentPath, loadAgents } from '../load-agents.ts';
import { SPARE_CORE_SPINS, isolatedAgent } from '../isolated-agent.ts';
import { agentBudgets } from '../../engine/isolation/agent-budgets.ts';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { runFactoryWorldCli } from '../run-factory-world-cli.ts';
import { commaList, oneOf, positiveInt } from '../parse-options.ts';
import { prepareLeagueWorld } from '../prepare-league-world.ts';
import { resultsTable } from '../results-table.ts';
import { openRunSink } from '../open-run-sink.ts';
import { newSeed } from '../new-seed.ts';
import { SOFTWARE_VERSION } from '../software-version.ts';

const LOG_LEVELS = ['none', 'negotiations', 'offers'] as const;

interface RunOptions {
  agents?: string[];
  steps?: number;
  seed?: string;
  db: string;
  store: boolean;
  logLevel: (typeof LOG_LEVELS)[number];
  json?: boolean;
  isolate?: boolean;
  agentMemoryMb: number;
  callBudgetMs?: number;
}

/** `scm run [world]`: one world from a preset or a config file, stored, printed as a ranked table. */
export function runCommand(io: CliIo): Command {
  return new Command('run')
    .description('run one world and print the ranked factories')
    .argument(
      '[world]',
      "a preset name (see 'scm worlds': oneshot, std, anac-std, tiny, factory, anac-factory) or a world config .json file",
      'oneshot',
    )
    .option(
      '-a, --agents <list>',
      'comma-separated built-in agent names or agent files to place in the world (default: only the league fillers)',
      commaList,
    )
    .option('-s, --steps <n>', 'number of days (presets only)', positiveInt)
    .option('--seed <seed>', 'root seed of the run (default: a new one, printed)')
    .option('--db <path>', 'SQLite file to store the run in', 'runs/scm.sqlite')
    .option('--no-store', 'do not store the run')
    .option(
      '--log-level <level>',
      `what to store: ${LOG_LEVELS.join(', ')} (offers stores every offer)`,
      oneOf(LOG_LEVELS),
      'negotiations',
    )
    .option('--json', 'print machine-readable JSON instead of a table')
    .option(
      '--isolate',
      'run the given agents in worker threads with a heap limit and time budgets (stops infinite loops and memory hogs)',
    )
    .option('--agent-memory-mb <n>', 'heap limit of each isolated agent, MB', positiveInt, 512)
    .option(
      '--call-budget-ms <n>',
      "wall time one isolated agent call may take (default the league's 20 s)",
      positiveInt,
    )
    .action(async (world: string, options: RunOptions) => {
      const seed = options.seed ?? newSeed();
      if (CATALOG.factoryPresets.some((p) => p.name === world.toLowerCase())) {
        // The 2020 factory world has its own agents and records (worlds/factory).
        return runFactoryWorldCli(io, world.toLowerCase(), {
          agents: options.agents ?? [],
          seed,
          db: options.db,
          store: options.store,
          logOffers: options.logLevel === 'offers',
          json: options.json ?? false,
          ...(options.steps === undefined ? {} : { steps: options.steps }),
        });
      }
      // --isolate: each given agent runs in its own worker thread with a heap limit and time budgets.
      const isolation = options.isolate
        ? {
            memoryMb: options.agentMemoryMb,
            budgets: agentBudgets(
              options.callBudgetMs === undefined ? {} : { perCallMs: options.callBudgetMs },
            ),
            // One world: the world and the agent it waits for take turns, so a second core can spin.
            spins: availableParallelism() > 1 ? SPARE_CORE_SPINS : 0,
          }
        : null;
      const specs = (options.agents ?? []).map((a) => (isAgentPath(a) ? resolve(a) : a));
      const isolated =
        isolation === null
          ? []
          : specs.map((s) => isolatedAgent(isAgentPath(s) ? s : builtinAgent(s).name, isolation));
      const competitors = isolation === null ? await loadAgents(specs) : isolated;
      const prepared = prepareLeagueWorld({
        world,
        competitors,
        seed,
        ...(options.steps === undefined ? {} : { steps: options.steps }),
      });
      const logOffers = options.logLevel === 'offers';
      const store = options.store
        ? openRunSink(options.db, {
            logOffers,
            logNegotiations: options.logLevel !== 'none',
            label: prepared.label,
          })
        : null;
      try {
        const summary = runLeagueWorld({
          config: prepared.config,
          seed,
          resolveAgent: prepared.resolveAgent,
          logOffers,
          label: prepared.label,
          softwareVersion: SOFTWARE_VERSION,
          ...(store === null ? {} : { sink: store.sink }),
        });
        if (options.json) {
          io.out(
            JSON.stringify(
              {
                seed,
                world: prepared.label,
                runId: store?.runId() ?? null,
                db: store ? options.db : null,
                ...summary,
              },
              null,
              2,
            ),
          );
          return;
        }
        io.out(
          `${prepared.config.variant} world '${prepared.label}', seed ${seed}: ${summary.days} days, ${prepared.config.factories.length} factories, ` +
            `${summary.negotiations} negotiations, ${summary.agreements} agreements`,
        );
        io.out(resultsTable(summary.results));
        if (store !== null) io.out(`stored as run ${store.runId()} in ${options.db}`);
      } catch (err: unknown) {
        store?.fail(err);
        throw err;
      } finally {
        store?.close();
        for (const t of isolated) t.dispose();
      }
    });
}

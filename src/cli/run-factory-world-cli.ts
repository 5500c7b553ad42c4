import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { FACTORY_AGENTS, FACTORY_FILLERS } from '../../agents/factory/factory-agents.ts';
import { prepareFactoryWorld } from '../../worlds/factory/prepare-factory-world.ts';
import { runFactoryWorld } from '../../worlds/factory/run-factory-world.ts';
import { FactorySqliteSink } from '../store/factory-sqlite-sink.ts';
import { openDb } from '../store/open-db.ts';
import type { CliIo } from './cli-io.ts';
import { CliError } from './cli-error.ts';
import { resultsTable } from './results-table.ts';
import { SOFTWARE_VERSION } from './software-version.ts';

/** `scm run factory|anac-factory`: one factory world, stored, printed as a ranked table. */
export function runFactoryWorldCli(
  io: CliIo,
  world: string,
  options: {
    agents: readonly string[];
    seed: string;
    steps?: number;
    db: string;
    store: boolean;
    logOffers: boolean;
    json: boolean;
  },
): void {
  let prepared;
  try {
    prepared = prepareFactoryWorld({
      world,
      competitors: options.agents,
      agents: FACTORY_AGENTS,
      fillers: FACTORY_FILLERS,
      seed: options.seed,
      ...(options.steps === undefined ? {} : { steps: options.steps }),
    });
  } catch (err: unknown) {
    throw new CliError(err instanceof Error ? err.message : String(err));
  }
  if (options.store && options.db !== ':memory:') mkdirSync(dirname(options.db), { recursive: true });
  const db = options.store ? openDb(options.db) : null;
  const sink =
    db === null ? null : new FactorySqliteSink(db, { logOffers: options.logOffers, label: prepared.label });
  try {
    const summary = runFactoryWorld({
      config: prepared.config,
      seed: options.seed,
      resolveAgent: prepared.resolveAgent,
      logOffers: options.logOffers,
      label: prepared.label,
      softwareVersion: SOFTWARE_VERSION,
      ...(sink === null ? {} : { sink }),
    });
    if (options.json)
      return io.out(
        JSON.stringify(
          { seed: options.seed, world: prepared.label, runId: sink?.runId ?? null, ...summary },
          null,
          2,
        ),
      );
    io.out(
      `factory world '${prepared.label}', seed ${options.seed}: ${summary.days} days, ${prepared.config.factories.length} factories, ${summary.negotiations} negotiations, ${summary.contracts} contracts, ${summary.bankruptcies} bankruptcies`,
    );
    io.out(resultsTable(summary.results));
    if (sink !== null) io.out(`stored as run ${sink.runId} in ${options.db}`);
  } catch (err: unknown) {
    sink?.failRun(err);
    throw err;
  } finally {
    db?.close();
  }
}

import { CATALOG } from '../../src/cli/catalog.ts';
import { prepareFactoryWorld } from '../../worlds/factory/prepare-factory-world.ts';
import { runFactoryWorld } from '../../worlds/factory/run-factory-world.ts';
import type { WorldBenchResult } from './world-bench.ts';

/** One default factory world with the factory fillers, no store: wall time of the run alone. */
export function factoryBench(seed: string): WorldBenchResult {
  const prepared = prepareFactoryWorld({
    world: 'factory',
    competitors: [],
    agents: CATALOG.factoryAgents,
    fillers: CATALOG.factoryFillers,
    seed,
  });
  const started = performance.now();
  const summary = runFactoryWorld({ config: prepared.config, seed, resolveAgent: prepared.resolveAgent });
  return {
    milliseconds: performance.now() - started,
    days: summary.days,
    factories: prepared.config.factories.length,
    negotiations: summary.negotiations,
  };
}

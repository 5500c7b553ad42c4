import { EXPERIMENTS, type ExperimentEntry } from './experiment-registry.ts';
import type { ExperimentReport } from './experiment-report.ts';

export interface RunExperimentsOptions {
  readonly seed: string;
  /** Instances per sub-case; default each experiment's own. */
  readonly instances?: number;
}

/**
 * Runs one experiment by name, or every one for 'all', and returns the reports (deterministic for a
 * seed). Throws a RangeError naming the known experiments for an unknown name.
 */
export function runExperiments(name: string, options: RunExperimentsOptions): ExperimentReport[] {
  const chosen: readonly ExperimentEntry[] =
    name === 'all' ? EXPERIMENTS : EXPERIMENTS.filter((e) => e.name === name);
  if (chosen.length === 0)
    throw new RangeError(
      `unknown experiment '${name}'; expected one of ${EXPERIMENTS.map((e) => e.name).join(', ')}, all`,
    );
  return chosen.map((e) =>
    e.run({
      seed: options.seed,
      instances: options.instances ?? e.defaultInstances,
    }),
  );
}

import { createRng } from '../../src/core/rng.ts';
import { CATALOG } from '../../src/cli/catalog.ts';
import { generateLeagueConfig } from '../../worlds/base/generate-league-config.ts';
import { runLeagueWorld } from '../../worlds/base/run-league-world.ts';

export interface WorldBenchResult {
  readonly milliseconds: number;
  readonly days: number;
  readonly factories: number;
  readonly negotiations: number;
}

/** One default world of a preset with the league fillers, no store: wall time of the run alone. */
export function worldBench(presetName: 'oneshot' | 'std', seed: string): WorldBenchResult {
  const preset = CATALOG.presets.find((p) => p.name === presetName);
  if (preset === undefined) throw new Error(`no preset ${presetName}`);
  const config = generateLeagueConfig(
    preset.params,
    { competitors: [], fillers: CATALOG.fillers[preset.variant] },
    createRng(seed).derive('generator'),
  );
  const byName = new Map(CATALOG.agents.map((a) => [a.name, a]));
  const started = performance.now();
  const summary = runLeagueWorld({ config, seed, resolveAgent: (n) => byName.get(n) });
  return {
    milliseconds: performance.now() - started,
    days: summary.days,
    factories: config.factories.length,
    negotiations: summary.negotiations,
  };
}

import { readFileSync } from 'node:fs';
import { createRng } from '../core/rng.ts';
import { generateLeagueConfig } from '../../worlds/base/generate-league-config.ts';
import type { LeagueAgentType } from '../../worlds/base/league-agent.ts';
import type { LeagueConfig } from '../../worlds/base/league-config.ts';
import { validateLeagueConfig } from '../../worlds/base/validate-league-config.ts';
import { CATALOG } from './catalog.ts';
import { CliError } from './cli-error.ts';
import { closestNames } from './closest-names.ts';

/** A world ready to run: its config and how its agent type names resolve. */
export interface PreparedWorld {
  readonly config: LeagueConfig;
  readonly label: string;
  readonly resolveAgent: (name: string) => LeagueAgentType | undefined;
}

export interface PrepareOptions {
  /** A preset name (`oneshot`, `std`, ...) or a path to a config JSON file. */
  readonly world: string;
  /** Competitors to place in the world (each in its own factory); the other factories run fillers. */
  readonly competitors: readonly LeagueAgentType[];
  readonly seed: string;
  /** Days to generate (presets only; a config file states its own). */
  readonly steps?: number;
}

/**
 * Turns command-line choices into a world: generates a preset's config from the seed's `generator`
 * stream, or loads and validates a config file; places the competitors; checks they may run there.
 */
export function prepareLeagueWorld(options: PrepareOptions): PreparedWorld {
  const names = options.competitors.map((c) => c.name);
  let config: LeagueConfig;
  let label: string;
  const preset = CATALOG.presets.find((p) => p.name === options.world.toLowerCase());
  if (preset !== undefined) {
    const params = options.steps === undefined ? preset.params : { ...preset.params, nSteps: options.steps };
    const fillers = CATALOG.fillers[preset.variant];
    config = generateLeagueConfig(
      params,
      { competitors: names, fillers },
      createRng(options.seed).derive('generator'),
    );
    label = preset.name;
  } else if (/\.json$/i.test(options.world)) {
    config = loadConfigFile(options.world);
    if (names.length > 0) config = placeCompetitors(config, names, options.seed);
    label = options.world;
  } else {
    const known = CATALOG.presets.map((p) => p.name);
    const near = closestNames(options.world, known);
    throw new CliError(
      `unknown world '${options.world}'${near.length > 0 ? `; did you mean ${near.join(', ')}?` : ''} (presets: ${known.join(', ')}; or a config .json file)`,
    );
  }
  for (const c of options.competitors) {
    if (!c.worlds.includes(config.variant)) {
      throw new CliError(
        `agent '${c.name}' does not run in ${config.variant} worlds (it runs in: ${c.worlds.join(', ')})`,
      );
    }
  }
  const byName = new Map<string, LeagueAgentType>(CATALOG.agents.map((a) => [a.name, a]));
  for (const c of options.competitors) byName.set(c.name, c);
  for (const f of config.factories) {
    if (!byName.has(f.agentType)) {
      const near = closestNames(f.agentType, [...byName.keys()]);
      throw new CliError(
        `factory ${f.name} runs unknown agent '${f.agentType}'${near.length > 0 ? `; did you mean ${near.join(', ')}?` : ''}`,
      );
    }
  }
  return { config, label, resolveAgent: (name) => byName.get(name) };
}

function loadConfigFile(path: string): LeagueConfig {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err: unknown) {
    throw new CliError(
      `cannot read world config ${path}: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  const result = validateLeagueConfig(data);
  if (!result.ok) {
    const shown = result.errors.slice(0, 20).map((e) => `  ${e}`);
    const more = result.errors.length > 20 ? [`  ... and ${result.errors.length - 20} more`] : [];
    throw new CliError([`world config ${path} is not valid:`, ...shown, ...more].join('\n'));
  }
  return result.config;
}

/** Puts each competitor into its own factory, chosen uniformly from the seed's `placement` stream. */
function placeCompetitors(config: LeagueConfig, names: readonly string[], seed: string): LeagueConfig {
  if (names.length > config.factories.length) {
    throw new CliError(
      `${names.length} agents given but the world has only ${config.factories.length} factories`,
    );
  }
  const slots = createRng(seed)
    .derive('placement')
    .shuffle(config.factories.map((_, i) => i));
  const assigned = new Map<number, string>(names.map((name, k) => [slots[k] as number, name]));
  return {
    ...config,
    factories: config.factories.map((f, i) => ({ ...f, agentType: assigned.get(i) ?? f.agentType })),
  };
}

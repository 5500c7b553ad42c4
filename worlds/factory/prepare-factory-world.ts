import { createRng } from '../../src/core/rng.ts';
import type { FactoryAgentType } from './factory-agent.ts';
import type { FactoryConfig } from './factory-config.ts';
import { generateFactoryConfig } from './generate-factory-config.ts';
import { ANAC_FACTORY_PRESET, FACTORY_PRESET, type FactoryWorldPreset } from './preset.ts';

/** The factory-world presets the command line can name. */
export const FACTORY_PRESETS: readonly FactoryWorldPreset[] = Object.freeze([
  FACTORY_PRESET,
  ANAC_FACTORY_PRESET,
]);

/** A factory world ready to run: its config and how its agent type names resolve. */
export interface PreparedFactoryWorld {
  readonly config: FactoryConfig;
  readonly label: string;
  readonly resolveAgent: (name: string) => FactoryAgentType | undefined;
}

export interface PrepareFactoryWorldOptions {
  /** A preset name (`factory`, `anac-factory`) or a config already loaded and validated. */
  readonly world: string | FactoryConfig;
  /** Agents to place, each in its own factory (user agents or names of `agents`); the rest run fillers. */
  readonly competitors: readonly (FactoryAgentType | string)[];
  /** The agent types names resolve to (the CLI passes `FACTORY_AGENTS` of agents/factory). */
  readonly agents: readonly FactoryAgentType[];
  /** Names of `agents` the free slots are filled with (the CLI passes `FACTORY_FILLERS`). */
  readonly fillers: readonly string[];
  readonly seed: string;
  /** Days to generate (presets only). */
  readonly steps?: number;
}

/**
 * Turns command-line choices into a factory world: generates a preset's config from the seed's
 * `generator` stream (competitors in random slots, fillers elsewhere) or takes a given
 * config, and resolves agent names against the built-ins and the competitors. Throws a RangeError
 * naming an unknown preset or agent.
 */
export function prepareFactoryWorld(options: PrepareFactoryWorldOptions): PreparedFactoryWorld {
  const byName = new Map<string, FactoryAgentType>(options.agents.map((a) => [a.name, a]));
  const names: string[] = [];
  for (const c of options.competitors) {
    if (typeof c === 'string') {
      if (!byName.has(c))
        throw new RangeError(
          `unknown factory-world agent '${c}' (built-in: ${[...byName.keys()].join(', ')})`,
        );
      names.push(c);
    } else {
      byName.set(c.name, c);
      names.push(c.name);
    }
  }
  let config: FactoryConfig;
  let label: string;
  if (typeof options.world === 'string') {
    const preset = FACTORY_PRESETS.find((p) => p.name === options.world);
    if (preset === undefined) {
      throw new RangeError(
        `unknown factory world '${options.world}' (presets: ${FACTORY_PRESETS.map((p) => p.name).join(', ')})`,
      );
    }
    const params = options.steps === undefined ? preset.params : { ...preset.params, nSteps: options.steps };
    config = generateFactoryConfig(
      params,
      { competitors: names, fillers: options.fillers },
      createRng(options.seed).derive('generator'),
    );
    label = preset.name;
  } else {
    config = options.world;
    label = 'config';
  }
  for (const f of config.factories) {
    if (!byName.has(f.agentType))
      throw new RangeError(`factory ${f.name} runs unknown agent '${f.agentType}'`);
  }
  return { config, label, resolveAgent: (name) => byName.get(name) };
}

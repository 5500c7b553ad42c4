import { FACTORY_AGENTS, FACTORY_FILLERS } from '../../agents/factory/factory-agents.ts';
import { LEAGUE_AGENTS, ONESHOT_FILLERS, STD_FILLERS } from '../../agents/league-agents.ts';
import { ANAC_FACTORY_PRESET, FACTORY_PRESET, type FactoryWorldPreset } from '../../worlds/factory/preset.ts';
import { ONESHOT_PRESET } from '../../worlds/oneshot/preset.ts';
import { ANAC_STD_PRESET, STD_PRESET } from '../../worlds/std/preset.ts';
import { TINY_PRESET } from '../../worlds/tiny/preset.ts';
import type { LeagueAgentType } from '../../worlds/base/league-agent.ts';
import type { WorldPreset } from '../../worlds/base/world-preset.ts';

/**
 * Everything built in that the command line can name: the league world presets and agents with their
 * fillers, and the 2020 factory world's presets and agents (a different agent API).
 */
export const CATALOG: {
  readonly presets: readonly WorldPreset[];
  readonly agents: readonly LeagueAgentType[];
  readonly fillers: { readonly oneshot: readonly string[]; readonly std: readonly string[] };
  readonly factoryPresets: readonly FactoryWorldPreset[];
  readonly factoryAgents: typeof FACTORY_AGENTS;
  readonly factoryFillers: readonly string[];
} = {
  presets: [ONESHOT_PRESET, STD_PRESET, ANAC_STD_PRESET, TINY_PRESET],
  agents: LEAGUE_AGENTS,
  fillers: { oneshot: ONESHOT_FILLERS, std: STD_FILLERS },
  factoryPresets: [FACTORY_PRESET, ANAC_FACTORY_PRESET],
  factoryAgents: FACTORY_AGENTS,
  factoryFillers: FACTORY_FILLERS,
};

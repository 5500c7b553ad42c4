import { LEAGUE_AGENTS, ONESHOT_FILLERS, STD_FILLERS } from '../../agents/league-agents.ts';
import { ONESHOT_PRESET } from '../../worlds/oneshot/preset.ts';
import { ANAC_STD_PRESET, STD_PRESET } from '../../worlds/std/preset.ts';
import { TINY_PRESET } from '../../worlds/tiny/preset.ts';
import type { LeagueAgentType } from '../../worlds/base/league-agent.ts';
import type { WorldPreset } from '../../worlds/base/world-preset.ts';

/** Everything built in that the command line can name: world presets, agents, league fillers. */
export const CATALOG: {
  readonly presets: readonly WorldPreset[];
  readonly agents: readonly LeagueAgentType[];
  readonly fillers: { readonly oneshot: readonly string[]; readonly std: readonly string[] };
} = {
  presets: [ONESHOT_PRESET, STD_PRESET, ANAC_STD_PRESET, TINY_PRESET],
  agents: LEAGUE_AGENTS,
  fillers: { oneshot: ONESHOT_FILLERS, std: STD_FILLERS },
};

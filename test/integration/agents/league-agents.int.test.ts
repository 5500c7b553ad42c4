import { describe, expect, it } from 'vitest';
import { LEAGUE_AGENTS, ONESHOT_FILLERS, STD_FILLERS } from '../../../agents/league-agents.ts';
import { createRng } from '../../../src/core/rng.ts';
import { generateLeagueConfig } from '../../../worlds/base/generate-league-config.ts';
import { ONESHOT_DEFAULTS, STD_DEFAULTS } from '../../../worlds/base/generator-params.ts';
import type { LeagueConfig } from '../../../worlds/base/league-config.ts';
import { runLeagueWorld } from '../../../worlds/base/run-league-world.ts';

const resolveAgent = (name: string) => LEAGUE_AGENTS.find((a) => a.name === name);

function tinyWorld(
  agent: string,
  variant: 'oneshot' | 'std',
  nProcesses: number,
  seed: string,
): LeagueConfig {
  const params = {
    ...(variant === 'std' ? STD_DEFAULTS : ONESHOT_DEFAULTS),
    nSteps: 12,
    nProcesses,
    nAgentsPerProcess: [3, 4] as const,
  };
  const fillers = variant === 'std' ? STD_FILLERS : ONESHOT_FILLERS;
  return generateLeagueConfig(params, { competitors: [agent, agent], fillers }, createRng(seed));
}

const CASES = LEAGUE_AGENTS.flatMap((a) =>
  a.worlds.flatMap((w) => (w === 'std' ? [2, 3] : [2]).map((p) => [a.name, w, p] as const)),
);

describe('built-in league agents in a tiny world', () => {
  it.each(CASES)('%s runs a %s world with %i processes without faults', (agent, variant, nProcesses) => {
    const config = tinyWorld(agent, variant, nProcesses, `int-${agent}-${variant}-${nProcesses}`);
    const summary = runLeagueWorld({ config, seed: 'int', resolveAgent });
    expect(summary.days).toBe(12);
    for (const r of summary.results) {
      expect([r.agent, r.faults]).toEqual([r.agent, 0]);
      expect(Number.isFinite(r.score)).toBe(true);
    }
    expect(summary.results.some((r) => r.agentType === agent)).toBe(true);
  });

  it('the fillers reach agreements and replay identically from the same seed', () => {
    for (const [variant, fillers] of [
      ['oneshot', ONESHOT_FILLERS],
      ['std', STD_FILLERS],
    ] as const) {
      for (const agent of fillers) {
        const config = tinyWorld(agent, variant, 2, `replay-${agent}`);
        const a = runLeagueWorld({ config, seed: 'r', resolveAgent });
        const b = runLeagueWorld({ config, seed: 'r', resolveAgent });
        expect(a.finalStateHash).toBe(b.finalStateHash);
        expect(a.agreements).toBeGreaterThan(0);
      }
    }
  });
});

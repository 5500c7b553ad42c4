import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadAgentSpec } from '../../../../src/engine/isolation/load-agent-spec.ts';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../../../support/isolation-agents/${name}.ts`, import.meta.url));
const builtins = {
  module: new URL('../../../../agents/league-agents.ts', import.meta.url).href,
  exportName: 'LEAGUE_AGENTS',
};

describe('loadAgentSpec()', () => {
  it("loads an agent file's default export", async () => {
    expect((await loadAgentSpec(fixture('throws-in-worker'), null)).name).toBe('ThrowsInWorker');
  });

  it('finds built-in names without regard to case', async () => {
    expect((await loadAgentSpec('greedyoneshot', builtins)).name).toBe('GreedyOneShot');
  });

  it('names what is missing', async () => {
    await expect(loadAgentSpec('/no/such/agent.ts', null)).rejects.toThrow(
      'agent file not found: /no/such/agent.ts',
    );
    await expect(loadAgentSpec('NoSuchAgent', builtins)).rejects.toThrow("unknown agent 'NoSuchAgent'");
    await expect(loadAgentSpec('GreedyOneShot', null)).rejects.toThrow(/no built-in agents were given/);
    await expect(loadAgentSpec(fixture('../isolation-agents/nope'), null)).rejects.toThrow(/not found/);
  });

  it('rejects a file that exports no agent type', async () => {
    const notAnAgent = fileURLToPath(new URL('../../../support/hand-config.ts', import.meta.url));
    await expect(loadAgentSpec(notAnAgent, null)).rejects.toThrow(/must export \(default, or as 'agent'\)/);
  });
});

import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/core/rng.ts';
import { CATALOG } from '../../../src/cli/catalog.ts';
import { generateLeagueConfig } from '../../../worlds/base/generate-league-config.ts';
import { runLeagueWorld } from '../../../worlds/base/run-league-world.ts';
import { prepareFactoryWorld } from '../../../worlds/factory/prepare-factory-world.ts';
import { runFactoryWorld } from '../../../worlds/factory/run-factory-world.ts';

// A guard against accidental change only (style.md §6.11): these hashes were recorded from the engine,
// not derived from the rules. A deliberate rule or agent change updates them in the same commit and
// says why; an optimisation must leave them alone.
const GOLDEN: readonly (readonly [preset: string, seed: string, finalStateHash: string])[] = [
  ['oneshot', 'golden-1', '78efb56ed2d2547b6440e1a91543d773dbb4df88f5ff1373e83d07b530161d51'],
  ['oneshot', 'golden-2', 'd6f0561a0dc972516c1049bededc1b745aa47fa88d3e10372fc7a73d57e1f073'],
  ['std', 'golden-1', '7b29d441de7343f904b1c0a9b9a03e2c356da28c51ee4da8bfec58a019224d5f'],
  ['std', 'golden-2', 'cbe2b4000fe00597522782f609a2e20d1df4a05dab8718949be2607cb11e0feb'],
  ['anac-std', 'golden-1', 'c92f324d5026abbab5c39dcc7de2b2014c75131714a22da0b73067c934d23576'],
  ['anac-std', 'golden-2', 'cbe2b4000fe00597522782f609a2e20d1df4a05dab8718949be2607cb11e0feb'],
];

const FACTORY_GOLDEN: readonly (readonly [seed: string, finalStateHash: string])[] = [
  ['golden-1', '9f0880e267d985948ca9c6da861394be6f78c043f2a61a7d6700fd7a770c6733'],
  ['golden-2', 'd80e86c09faf63ec1a6bc2cd04c2f3342bafe7753473ca1025c7826587027e7b'],
];

describe('golden runs (30 days, every built-in agent of the world present)', () => {
  it.each(GOLDEN)('%s world with seed %s ends with the recorded state hash', (presetName, seed, expected) => {
    const preset = CATALOG.presets.find((p) => p.name === presetName);
    if (preset === undefined) throw new Error(`no preset ${presetName}`);
    const competitors = CATALOG.agents.filter((a) => a.worlds.includes(preset.variant)).map((a) => a.name);
    const config = generateLeagueConfig(
      { ...preset.params, nSteps: 30 },
      { competitors, fillers: CATALOG.fillers[preset.variant] },
      createRng(seed).derive('generator'),
    );
    const byName = new Map(CATALOG.agents.map((a) => [a.name, a]));
    expect(runLeagueWorld({ config, seed, resolveAgent: (n) => byName.get(n) }).finalStateHash).toBe(
      expected,
    );
  });
});

describe('golden factory runs (30 days, every factory agent present)', () => {
  it.each(FACTORY_GOLDEN)(
    'factory world with seed %s ends with the recorded state hash',
    (seed, expected) => {
      const prepared = prepareFactoryWorld({
        world: 'factory',
        competitors: CATALOG.factoryAgents.map((a) => a.name),
        agents: CATALOG.factoryAgents,
        fillers: CATALOG.factoryFillers,
        seed,
        steps: 30,
      });
      const summary = runFactoryWorld({ config: prepared.config, seed, resolveAgent: prepared.resolveAgent });
      expect(summary.finalStateHash).toBe(expected);
    },
  );
});

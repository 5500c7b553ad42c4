import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/core/rng.ts';
import { CATALOG } from '../../../src/cli/catalog.ts';
import { generateLeagueConfig } from '../../../worlds/base/generate-league-config.ts';
import { runLeagueWorld } from '../../../worlds/base/run-league-world.ts';

// A guard against accidental change only (style.md §6.11): these hashes were recorded from the engine,
// not derived from the rules. A deliberate rule or agent change updates them in the same commit and
// says why; an optimisation must leave them alone.
const GOLDEN: readonly (readonly [preset: string, seed: string, finalStateHash: string])[] = [
  ['oneshot', 'golden-1', 'd9e7f2da2247f8c772869132935abdcb37236894be0b4cc91810b42702ba7be8'],
  ['oneshot', 'golden-2', '6e5a77aeae4989d3d9151eb19462765ef7e2a5a618afef0f0b0b462872ba8f0e'],
  ['std', 'golden-1', '4c0fa2aa1317638a227056683cedbb3390413cc941fbb990c306455ba0139920'],
  ['std', 'golden-2', '963505e3c0b740013f6dd1cc481fa2c933832a3dd42735e352f132bef0b32d78'],
  ['anac-std', 'golden-1', 'fb6f84563fe169421425ace6f2938fabd5639e92448839e3b217c02e6fee0acf'],
  ['anac-std', 'golden-2', '963505e3c0b740013f6dd1cc481fa2c933832a3dd42735e352f132bef0b32d78'],
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

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/core/canonical-json.ts';
import { createRng } from '../../../src/core/rng.ts';
import { generateLeagueConfig } from '../../../worlds/base/generate-league-config.ts';
import type { LeagueRoster } from '../../../worlds/base/generate-league-config.ts';
import { validateLeagueConfig } from '../../../worlds/base/validate-league-config.ts';
import type { WorldPreset } from '../../../worlds/base/world-preset.ts';
import { ONESHOT_PRESET } from '../../../worlds/oneshot/preset.ts';
import { ANAC_STD_PRESET, STD_PRESET } from '../../../worlds/std/preset.ts';
import { TINY_PRESET } from '../../../worlds/tiny/preset.ts';

const FILLERS = {
  oneshot: ['GreedyOneShot', 'RandDistOneShot', 'EqualDistOneShot'],
  std: ['GreedyStd', 'RandomStd', 'SyncRandomStd'],
};

const world = fc.record({
  preset: fc.constantFrom<WorldPreset>(TINY_PRESET, ONESHOT_PRESET, STD_PRESET, ANAC_STD_PRESET),
  competitors: fc.array(fc.constantFrom('AlphaAgent', 'BetaStd', 'Gamma'), { maxLength: 4 }),
  seed: fc.string({ maxLength: 12 }),
});

const rosterOf = (preset: WorldPreset, competitors: readonly string[]): LeagueRoster => ({
  competitors,
  fillers: FILLERS[preset.variant],
});

describe('generateLeagueConfig()', () => {
  it('generates configs that validate and survive a JSON round trip unchanged', () => {
    fc.assert(
      fc.property(world, ({ preset, competitors, seed }) => {
        const config = generateLeagueConfig(preset.params, rosterOf(preset, competitors), createRng(seed));
        const back: unknown = JSON.parse(JSON.stringify(config));
        const result = validateLeagueConfig(back);
        expect(result.ok ? [] : result.errors).toEqual([]);
        expect(back).toEqual(config);
        expect(config.variant).toBe(preset.variant);
        expect(config.factories).toHaveLength(config.dailyPenalties.length);
      }),
      { seed: 42, numRuns: 40 },
    );
  });

  it('gives the identical config for the same seed', () => {
    fc.assert(
      fc.property(world, ({ preset, competitors, seed }) => {
        const roster = rosterOf(preset, competitors);
        const a = generateLeagueConfig(preset.params, roster, createRng(seed));
        const b = generateLeagueConfig(preset.params, roster, createRng(seed));
        expect(canonicalJson(a)).toBe(canonicalJson(b));
      }),
      { seed: 42, numRuns: 20 },
    );
  });

  it('respects the variant rules: OneShot caps, Std middle levels, catalog chain', () => {
    fc.assert(
      fc.property(world, ({ preset, competitors, seed }) => {
        const c = generateLeagueConfig(preset.params, rosterOf(preset, competitors), createRng(seed));
        const last = c.nProcesses - 1;
        for (const x of c.exogenousContracts) {
          const f = c.factories[x.factory]!;
          expect(f.level === 0 || f.level === last).toBe(true);
          if (preset.params.capExogenousQuantities) expect(x.quantity).toBeLessThanOrEqual(f.nLines);
        }
        // Cost-plus: each catalog price is above the previous plus the cheapest production cost.
        for (let k = 1; k <= c.nProcesses; k++) {
          const minCost = Math.min(
            ...c.factories.filter((f) => f.level === k - 1).map((f) => f.productionCost),
          );
          expect(c.catalogPrices[k]!).toBeGreaterThan(c.catalogPrices[k - 1]! + minCost - 1);
        }
      }),
      { seed: 42, numRuns: 40 },
    );
  });
});

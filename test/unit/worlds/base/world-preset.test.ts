import { describe, expect, it } from 'vitest';
import {
  ANAC_STD_DEFAULTS,
  ONESHOT_DEFAULTS,
  STD_DEFAULTS,
} from '../../../../worlds/base/generator-params.ts';
import { ONESHOT_PRESET } from '../../../../worlds/oneshot/preset.ts';
import { ANAC_STD_PRESET, STD_PRESET } from '../../../../worlds/std/preset.ts';
import { TINY_PRESET } from '../../../../worlds/tiny/preset.ts';

describe('WorldPreset', () => {
  const presets = [ONESHOT_PRESET, STD_PRESET, ANAC_STD_PRESET, TINY_PRESET];

  it('gives each preset a unique kebab-case name and a variant that matches its params', () => {
    expect(new Set(presets.map((p) => p.name)).size).toBe(presets.length);
    for (const p of presets) {
      expect(p.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(p.params.variant).toBe(p.variant);
    }
  });

  it('uses the league defaults of league-rules.md §2.2 and §3.1', () => {
    expect(ONESHOT_DEFAULTS).toMatchObject({ nProcesses: 2, perishable: true, capExogenousQuantities: true });
    expect(ONESHOT_DEFAULTS.negotiation).toMatchObject({
      quantityMultiplier: 1,
      horizon: 0,
      priceMultiplier: 0,
    });
    expect(STD_DEFAULTS).toMatchObject({ nProcesses: [2, 3], perishable: false, maxSupply: [0.2, 1.0] });
    expect(STD_DEFAULTS.negotiation).toMatchObject({
      quantityMultiplier: 3,
      horizon: 10,
      priceRangeFraction: 0.1,
    });
    expect(ANAC_STD_DEFAULTS.nProcesses).toEqual([2, 4]);
    expect(TINY_PRESET.params).toMatchObject({ nSteps: 10, nProcesses: 2, nAgentsPerProcess: [2, 3] });
  });
});

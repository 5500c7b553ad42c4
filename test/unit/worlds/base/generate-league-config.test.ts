import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../src/core/canonical-json.ts';
import { createRng } from '../../../../src/core/rng.ts';
import { generateLeagueConfig } from '../../../../worlds/base/generate-league-config.ts';
import type { LeagueGeneratorParams } from '../../../../worlds/base/generator-params.ts';
import { ONESHOT_DEFAULTS, STD_DEFAULTS } from '../../../../worlds/base/generator-params.ts';
import { validateLeagueConfig } from '../../../../worlds/base/validate-league-config.ts';
import { ANAC_STD_PRESET } from '../../../../worlds/std/preset.ts';

const ONESHOT_FILLERS = ['GreedyOneShot', 'RandDistOneShot', 'EqualDistOneShot'];
const STD_FILLERS = ['GreedyStd', 'RandomStd', 'SyncRandomStd'];

/** Every draw fixed, so the whole world can be checked by hand. */
const HAND: LeagueGeneratorParams = {
  ...ONESHOT_DEFAULTS,
  nSteps: 3,
  agentsPerLevel: [1, 1],
  nLines: 10,
  productionCosts: 2,
  profitMeans: 0.1,
  profitStddevs: 0,
  maxSupply: 1,
  maxProductivity: 1,
  cashAvailability: 2,
  exogenousSupplyPredictability: 0.8,
  exogenousSalesPredictability: 0.8,
  exogenousPriceDev: 0,
  shortfallPenalty: 0.5,
  shortfallPenaltyDev: 0,
  disposalCost: 0.1,
  disposalCostDev: 0,
};

describe('generateLeagueConfig()', () => {
  it('builds a hand-checked world from fixed parameters', () => {
    const c = generateLeagueConfig(
      HAND,
      { competitors: ['GreedyOneShot'], fillers: ['EqualDistOneShot'] },
      createRng(1),
    );
    expect(c.nSteps).toBe(3);
    expect(c.nProcesses).toBe(2);
    // Q = 10 a day. price1 = ⌈⌈(100 + 2·10)·1.1⌉ / 10⌉ = 14; price2 = ⌈⌈(132 + 4·10)·1.1⌉ / 10⌉ = ⌈19.0⌉ = 19.
    expect(c.catalogPrices).toEqual([10, 14, 19]);
    expect(c.factories.map((f) => f.productionCost)).toEqual([2, 4]);
    // Balance: level 0 costs 120 a day, level 1 costs 132 + 40 = 172 a day; 3 days, cash availability 2.
    expect(c.factories.map((f) => f.initialBalance)).toEqual([720, 1032]);
    expect(c.exogenousContracts).toEqual([
      ...[0, 1, 2].map((day) => ({
        factory: 0,
        isSale: false,
        product: 0,
        day,
        quantity: 10,
        unitPrice: 10,
      })),
      ...[0, 1, 2].map((day) => ({ factory: 1, isSale: true, product: 2, day, quantity: 10, unitPrice: 19 })),
    ]);
    expect(c.dailyPenalties[0]).toEqual({
      shortfall: [0.5, 0.5, 0.5],
      disposal: [0.1, 0.1, 0.1],
      storage: [0, 0, 0],
    });
    expect(c.factories.map((f) => f.storageCostMean)).toEqual([0, 0]);
    const slot = (c.info?.['competitorSlots'] as number[])[0];
    expect(c.factories.map((f) => f.name)).toEqual(slot === 0 ? ['00Gr@0', '01Eq@1'] : ['00Eq@0', '01Gr@1']);
  });

  it('gives the identical config for the same seed', () => {
    const roster = { competitors: ['Mine', 'Theirs'], fillers: ONESHOT_FILLERS };
    const a = generateLeagueConfig(ONESHOT_DEFAULTS, roster, createRng('same-seed'));
    const b = generateLeagueConfig(ONESHOT_DEFAULTS, roster, createRng('same-seed'));
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    const other = generateLeagueConfig(ONESHOT_DEFAULTS, roster, createRng('other-seed'));
    expect(canonicalJson(other)).not.toBe(canonicalJson(a));
  });

  it('produces a config that validates and survives a JSON round trip', () => {
    const c = generateLeagueConfig(
      STD_DEFAULTS,
      { competitors: ['Mine'], fillers: STD_FILLERS },
      createRng(7),
    );
    const back: unknown = JSON.parse(JSON.stringify(c));
    const result = validateLeagueConfig(back);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(back).toEqual(c);
  });

  it('places each competitor in its own slot and fills the rest from the fillers', () => {
    const competitors = ['Alpha', 'Beta', 'Gamma'];
    const c = generateLeagueConfig(ONESHOT_DEFAULTS, { competitors, fillers: ONESHOT_FILLERS }, createRng(3));
    const slots = c.info?.['competitorSlots'] as number[];
    expect(new Set(slots).size).toBe(3);
    expect(slots.map((s) => c.factories[s]!.agentType)).toEqual(competitors);
    const rest = c.factories.filter((_, i) => !slots.includes(i));
    expect(rest.every((f) => ONESHOT_FILLERS.includes(f.agentType))).toBe(true);
  });

  it('grows the smallest level when there are more competitors than slots', () => {
    const params = { ...ONESHOT_DEFAULTS, nAgentsPerProcess: 2 };
    const competitors = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7'];
    const c = generateLeagueConfig(params, { competitors, fillers: [] }, createRng(5));
    expect(c.info?.['agentsPerLevel']).toEqual([4, 3]);
    expect(c.info?.['grownSlots']).toBe(3);
    expect(c.factories.map((f) => f.agentType).sort()).toEqual(competitors);
  });

  it('honours explicit agentsPerLevel and rejects too few slots there', () => {
    const params = { ...STD_DEFAULTS, agentsPerLevel: [2, 3, 2] };
    const c = generateLeagueConfig(params, { competitors: [], fillers: STD_FILLERS }, createRng(5));
    expect(c.nProcesses).toBe(3);
    expect(c.factories.map((f) => f.level)).toEqual([0, 0, 1, 1, 1, 2, 2]);
    expect(() =>
      generateLeagueConfig(
        { ...params, agentsPerLevel: [1, 1] },
        { competitors: ['a', 'b', 'c'], fillers: [] },
        createRng(5),
      ),
    ).toThrow('agentsPerLevel with 2 slots for 3 competitors');
  });

  it('caps OneShot exogenous quantities at the lines and gives middle levels none in Std', () => {
    const one = generateLeagueConfig(
      ONESHOT_DEFAULTS,
      { competitors: [], fillers: ONESHOT_FILLERS },
      createRng(11),
    );
    expect(one.exogenousContracts.every((x) => x.quantity <= one.factories[x.factory]!.nLines)).toBe(true);
    const std = generateLeagueConfig(
      { ...ANAC_STD_PRESET.params, nProcesses: 4 },
      { competitors: [], fillers: STD_FILLERS },
      createRng(11),
    );
    const levels = new Set(std.exogenousContracts.map((x) => std.factories[x.factory]!.level));
    expect([...levels].sort()).toEqual([0, 3]);
    expect(std.factories.every((f) => f.disposalCostMean === 0 && f.storageCostMean > 0)).toBe(true);
  });

  it('rejects parameters it cannot honour, naming the field', () => {
    const roster = { competitors: [], fillers: ONESHOT_FILLERS };
    expect(() =>
      generateLeagueConfig({ ...ONESHOT_DEFAULTS, nSteps: [10, 5] }, roster, createRng(1)),
    ).toThrow('nSteps: got [10,5]');
    const unit = { ...ONESHOT_DEFAULTS, penaltiesScale: 'unit' } as unknown as LeagueGeneratorParams;
    expect(() => generateLeagueConfig(unit, roster, createRng(1))).toThrow("penaltiesScale: got 'unit'");
    expect(() =>
      generateLeagueConfig(ONESHOT_DEFAULTS, { competitors: [], fillers: [] }, createRng(1)),
    ).toThrow('needs filler types');
  });
});

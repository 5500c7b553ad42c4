import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/core/rng.ts';
import { generateLeagueConfig } from '../../../worlds/base/generate-league-config.ts';
import type { LeagueConfig } from '../../../worlds/base/league-config.ts';
import { LeagueWorld } from '../../../worlds/base/league-world.ts';
import type { LeagueDayRecord } from '../../../worlds/base/league-records.ts';
import { validateLeagueConfig } from '../../../worlds/base/validate-league-config.ts';
import { TINY_PRESET } from '../../../worlds/tiny/preset.ts';
import { STD_PRESET } from '../../../worlds/std/preset.ts';
import { type Observation, randomCheckingAgent } from '../../support/random-test-agent.ts';
import { resolverOf } from '../../support/scripted-agents.ts';

interface Run {
  readonly config: LeagueConfig;
  readonly days: LeagueDayRecord[];
  readonly observations: Observation[];
}

function makeConfig(seed: number, std: boolean): LeagueConfig {
  const params = std
    ? { ...STD_PRESET.params, nSteps: 12, nAgentsPerProcess: [2, 3] as const }
    : TINY_PRESET.params;
  return generateLeagueConfig(
    params,
    { competitors: [], fillers: ['RandomCheck'] },
    createRng(seed).derive('generator'),
  );
}

function run(config: LeagueConfig, seed: string, acceptRate = 0.3): Run {
  const observations: Observation[] = [];
  const world = new LeagueWorld({
    config,
    seed,
    resolveAgent: resolverOf([randomCheckingAgent('RandomCheck', observations, acceptRate)]),
  });
  const days: LeagueDayRecord[] = [];
  while (!world.finished) days.push(world.runDay());
  return { config, days, observations };
}

const worlds = fc.record({
  seed: fc.integer({ min: 0, max: 1_000_000 }),
  std: fc.boolean(),
  accept: fc.double({ min: 0.05, max: 0.9, noNaN: true }),
});

describe('league world invariants', () => {
  it('profit equals revenue minus input cost, production cost, disposal, storage and shortfall penalty', () => {
    fc.assert(
      fc.property(worlds, ({ seed, std, accept }) => {
        for (const day of run(makeConfig(seed, std), String(seed), accept).days) {
          for (const a of day.agents) {
            const parts =
              a.revenue -
              a.inputCost -
              a.productionCost -
              a.disposalCost -
              a.storageCost -
              a.shortfallPenalty;
            expect(a.profit).toBe(parts);
          }
        }
      }),
      { seed: 42, numRuns: 25 },
    );
  });

  it('needed sales and supplies agree with the contracts signed', () => {
    fc.assert(
      fc.property(worlds, ({ seed, std, accept }) => {
        for (const o of run(makeConfig(seed, std), String(seed), accept).observations) {
          expect(o.neededSales).toBe(o.expectedNeededSales);
          expect(o.neededSupplies).toBe(o.expectedNeededSupplies);
        }
      }),
      { seed: 42, numRuns: 25 },
    );
  });

  it('bankrupt factories never negotiate again', () => {
    fc.assert(
      fc.property(worlds, ({ seed, std, accept }) => {
        const r = run(makeConfig(seed, std), String(seed), accept);
        const bankruptOn = new Map<string, number>();
        for (const day of r.days) for (const b of day.bankruptcies) bankruptOn.set(b.agent, b.day);
        for (const day of r.days) {
          for (const n of day.negotiations) {
            for (const who of [n.seller, n.buyer]) {
              const d = bankruptOn.get(who);
              if (d !== undefined) expect(n.day).toBeLessThanOrEqual(d);
            }
          }
        }
        for (const o of r.observations) expect(o.negotiatedWhileBankrupt).toBe(false);
      }),
      { seed: 42, numRuns: 25 },
    );
  });

  it('every contract is between adjacent levels and inside its day issue ranges', () => {
    fc.assert(
      fc.property(worlds, ({ seed, std, accept }) => {
        const r = run(makeConfig(seed, std), String(seed), accept);
        const level = new Map(r.config.factories.map((f) => [f.name, f.level]));
        for (const day of r.days) {
          for (const c of day.contracts) {
            expect(level.get(c.buyer)).toBe((level.get(c.seller) as number) + 1);
            expect(c.product).toBe((level.get(c.seller) as number) + 1);
            expect(c.deliveryDay).toBeGreaterThanOrEqual(day.day);
            expect(c.deliveryDay).toBeLessThanOrEqual(
              Math.min(day.day + r.config.negotiation.horizon, r.config.nSteps - 1),
            );
            expect(c.quantity).toBeGreaterThanOrEqual(1);
            expect(c.quantity).toBeLessThanOrEqual(
              Math.max(...r.config.factories.map((f) => f.nLines)) * r.config.negotiation.quantityMultiplier,
            );
          }
        }
      }),
      { seed: 42, numRuns: 25 },
    );
  });

  it('same seed gives identical day hashes, and a saved-and-reloaded config gives the identical run', () => {
    fc.assert(
      fc.property(worlds, ({ seed, std, accept }) => {
        const config = makeConfig(seed, std);
        const a = run(config, String(seed), accept).days.map((d) => d.stateHash);
        const reloaded = validateLeagueConfig(JSON.parse(JSON.stringify(config)));
        if (!reloaded.ok) throw new Error(reloaded.errors.join('; '));
        const b = run(reloaded.config, String(seed), accept).days.map((d) => d.stateHash);
        expect(b).toEqual(a);
        const other = run(config, `${seed}-other`, accept).days.map((d) => d.stateHash);
        expect(other).not.toEqual(a);
      }),
      { seed: 42, numRuns: 15 },
    );
  });
});

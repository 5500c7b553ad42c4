import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/core/rng.ts';
import { levelSlots } from '../../../src/tournament/level-slots.ts';
import { assignedConfig, planTournament } from '../../../src/tournament/plan-tournament.ts';
import type { TournamentSpec } from '../../../src/tournament/tournament-spec.ts';
import { ONESHOT_PRESET } from '../../../worlds/oneshot/preset.ts';
import { ANAC_STD_PRESET } from '../../../worlds/std/preset.ts';

const spec = (over: Partial<TournamentSpec> = {}): TournamentSpec => ({
  competitors: ['A', 'B', 'C'],
  world: 'oneshot',
  params: ONESHOT_PRESET.params,
  fillers: ['GreedyOneShot', 'RandDistOneShot', 'EqualDistOneShot'],
  configs: 2,
  runs: 1,
  competitorsPerWorld: 2,
  steps: 10,
  seed: 's',
  ...over,
});

describe('planTournament()', () => {
  it('plans C(N, k) x configs x k x runs worlds', () => {
    expect(planTournament(spec()).worlds).toHaveLength(3 * 2 * 2 * 1);
    expect(planTournament(spec({ competitorsPerWorld: 3, runs: 2 })).worlds).toHaveLength(1 * 2 * 3 * 2);
    expect(
      planTournament(spec({ competitors: ['A', 'B', 'C', 'D'], competitorsPerWorld: 2, configs: 5 })).worlds,
    ).toHaveLength(6 * 5 * 2);
  });

  it('rotates each combination so every competitor takes every slot once per configuration', () => {
    const plan = planTournament(spec({ competitorsPerWorld: 3 }));
    for (let c = 0; c < 2; c++) {
      const worlds = plan.worlds.filter((w) => w.configIndex === c);
      for (let slot = 0; slot < 3; slot++)
        expect(worlds.map((w) => w.assignment[slot]).sort()).toEqual(['A', 'B', 'C']);
    }
  });

  it('reuses one generated world per configuration for every assignment, with distinct world seeds', () => {
    const plan = planTournament(spec());
    const base = plan.configs[0];
    if (base === undefined) throw new Error('no config');
    const [w1, w2] = plan.worlds.filter((w) => w.configIndex === 0);
    if (w1 === undefined || w2 === undefined) throw new Error('no worlds');
    const a = assignedConfig(base, w1.assignment);
    const b = assignedConfig(base, w2.assignment);
    expect(a.exogenousContracts).toEqual(b.exogenousContracts);
    expect(a.factories.map((f) => f.productionCost)).toEqual(b.factories.map((f) => f.productionCost));
    expect(w1.seed).not.toBe(w2.seed);
    expect(base.competitorSlots).toHaveLength(2);
    expect(a.factories.filter((f) => f.name.startsWith('_df_'))).toHaveLength(a.factories.length - 2);
  });

  it('is a pure function of the spec', () => {
    expect(JSON.stringify(planTournament(spec({ seed: 'x' })))).toBe(
      JSON.stringify(planTournament(spec({ seed: 'x' }))),
    );
    expect(JSON.stringify(planTournament(spec({ seed: 'x' })))).not.toBe(
      JSON.stringify(planTournament(spec({ seed: 'y' }))),
    );
  });

  it('draws competitors per world in [2, min(4, N)] when not given', () => {
    for (const seed of ['1', '2', '3', '4', '5', '6']) {
      const k = planTournament(
        spec({ competitors: ['A', 'B', 'C', 'D', 'E'], competitorsPerWorld: null, seed, configs: 1 }),
      ).competitorsPerWorld;
      expect(k).toBeGreaterThanOrEqual(2);
      expect(k).toBeLessThanOrEqual(4);
    }
  });

  it('gives ANAC Std configurations 2-4 levels', () => {
    const plan = planTournament(spec({ params: ANAC_STD_PRESET.params, configs: 6, world: 'anac-std' }));
    for (const c of plan.configs) expect([2, 3, 4]).toContain(c.config.nProcesses);
  });
});

describe('levelSlots()', () => {
  it('gives every level at least 4 factories and keeps big levels near 6 (league-rules.md §12.2)', () => {
    for (let s = 0; s < 200; s++) {
      const levels = levelSlots(3, 4, createRng(s));
      expect(levels.reduce((n, l) => n + l.competitors, 0)).toBe(4);
      for (const l of levels) {
        expect(l.fillers + l.competitors).toBeGreaterThanOrEqual(4);
        if (l.fillers > 1)
          expect(l.fillers + l.competitors <= 6 || l.fillers === Math.max(1, 4 - l.competitors)).toBe(true);
      }
    }
  });
});

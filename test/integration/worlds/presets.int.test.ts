import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../src/cli/catalog.ts';
import { MemorySink } from '../../../src/engine/memory-sink.ts';
import { prepareLeagueWorld } from '../../../src/cli/prepare-league-world.ts';
import type { LeagueDayRecord } from '../../../worlds/base/league-records.ts';
import {
  type LeagueRunMeta,
  type LeagueRunSummary,
  runLeagueWorld,
} from '../../../worlds/base/run-league-world.ts';

// A full 50-day world of every preset with every built-in agent that may run there.
describe.each(CATALOG.presets.map((p) => [p.name, p.variant] as const))('the %s preset', (name, variant) => {
  it('runs 50 days with every built-in agent present, without faults, reproducibly', () => {
    const competitors = CATALOG.agents.filter((a) => a.worlds.includes(variant));
    const prepared = prepareLeagueWorld({ world: name, competitors, seed: `int-${name}`, steps: 50 });
    const run = (): {
      summary: LeagueRunSummary;
      sink: MemorySink<LeagueRunMeta, LeagueDayRecord, LeagueRunSummary>;
    } => {
      const sink = new MemorySink<LeagueRunMeta, LeagueDayRecord, LeagueRunSummary>();
      const summary = runLeagueWorld({
        config: prepared.config,
        seed: `int-${name}`,
        resolveAgent: prepared.resolveAgent,
        sink,
      });
      return { summary, sink };
    };
    const { summary, sink } = run();
    expect(summary.days).toBe(50);
    expect(sink.days).toHaveLength(50);
    const types = new Set(summary.results.map((r) => r.agentType));
    for (const a of competitors) expect(types.has(a.name)).toBe(true);
    expect(sink.days.flatMap((d) => d.faults)).toEqual([]);
    expect(summary.agreements).toBeGreaterThan(0);
    for (const r of summary.results) expect(Number.isFinite(r.score)).toBe(true);
    expect(run().summary.finalStateHash).toBe(summary.finalStateHash);
  });
});

import { describe, expect, it } from 'vitest';
import { FACTORY_AGENTS, FACTORY_FILLERS } from '../../../../agents/factory/factory-agents.ts';
import { createRng } from '../../../../src/core/rng.ts';
import type { FactoryDayRecord } from '../../../../worlds/factory/factory-records.ts';
import { FactoryWorld } from '../../../../worlds/factory/factory-world.ts';
import { generateFactoryConfig } from '../../../../worlds/factory/generate-factory-config.ts';
import { FACTORY_PRESET } from '../../../../worlds/factory/preset.ts';

const byName = new Map(FACTORY_AGENTS.map((a) => [a.name, a]));

function run(agentType: string, seed = 'agents'): { days: FactoryDayRecord[]; names: string[] } {
  const config = generateFactoryConfig(
    { ...FACTORY_PRESET.params, nSteps: 25, nProcesses: 3, nAgentsPerProcess: 2 },
    { competitors: [], fillers: [agentType] },
    createRng(seed).derive('generator'),
  );
  const world = new FactoryWorld({ config, seed, resolveAgent: (n) => byName.get(n) });
  const days: FactoryDayRecord[] = [];
  while (!world.finished) days.push(world.runDay());
  return { days, names: [...world.names] };
}

describe('FACTORY_AGENTS', () => {
  it('has six uniquely named built-ins and fillers among them', () => {
    expect(FACTORY_AGENTS.map((a) => a.name)).toEqual([
      'DoNothingAgent',
      'RandomAgent',
      'BuyCheapSellExpensiveAgent',
      'DecentralizingAgent',
      'IndependentNegotiationsAgent',
      'MovingRangeAgent',
    ]);
    for (const f of FACTORY_FILLERS) expect(byName.has(f)).toBe(true);
  });

  it.each(FACTORY_AGENTS.map((a) => a.name).filter((n) => n !== 'DoNothingAgent'))(
    '%s trades, produces and never faults in a world of its own kind',
    (name) => {
      const { days } = run(name);
      expect(days.flatMap((d) => d.faults)).toEqual([]);
      expect(days.some((d) => d.negotiations.some((n) => n.status === 'agreement'))).toBe(true);
      expect(days.some((d) => d.contracts.some((c) => !c.exogenous))).toBe(true);
      expect(days.some((d) => d.production.some((p) => p.runs > 0))).toBe(true);
    },
  );

  it('DoNothingAgent refuses requests, signs nothing and never produces', () => {
    const { days } = run('DoNothingAgent');
    expect(days.flatMap((d) => d.negotiations)).toEqual([]);
    expect(days.flatMap((d) => d.contracts)).toEqual([]);
    expect(days.flatMap((d) => d.ledger)).toEqual([]);
  });
});

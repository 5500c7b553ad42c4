import { afterAll, describe, expect, it } from 'vitest';
import { LEAGUE_AGENTS } from '../../../agents/league-agents.ts';
import { agentBudgets } from '../../../src/engine/isolation/agent-budgets.ts';
import {
  type IsolatedAgentType,
  isolateAgentType,
} from '../../../src/engine/isolation/isolate-agent-type.ts';
import { handConfig } from '../../support/hand-config.ts';
import { BUILTINS, runWorld } from './isolation-world.ts';

const started: IsolatedAgentType[] = [];
afterAll(() => {
  for (const t of started) t.dispose();
});

function isolated(name: string, sharing: 'type' | 'agent'): IsolatedAgentType {
  const base = LEAGUE_AGENTS.find((a) => a.name === name);
  if (base === undefined) throw new Error(`no built-in ${name}`);
  const t = isolateAgentType({
    spec: name,
    name,
    worlds: base.worlds,
    builtins: BUILTINS,
    budgets: agentBudgets({ perCallMs: 10_000 }),
    memoryMb: 64,
    sharing,
  });
  started.push(t);
  return t;
}

describe('isolateAgentType()', () => {
  // A per-negotiation agent, two sync agents (one using its profit function), and Std agents.
  it.each([
    ['GreedyOneShot', 'RandDistOneShot', false],
    ['GreedySync', 'GreedyOneShot', false],
    ['SyncRandomOneShot', 'EqualDistOneShot', false],
    ['GreedyStd', 'RandomStd', true],
  ] as const)('runs %s in workers with the same day hashes as in-process', (name, other, std) => {
    const config = handConfig({ agentTypes: [name, other], perLevel: 3, nSteps: 6, std });
    const inProcess = runWorld(config, 'isolation', []);
    const inWorkers = runWorld(config, 'isolation', [isolated(name, 'type')]);
    expect(inProcess.agreements).toBeGreaterThan(0);
    expect(inWorkers.hashes).toEqual(inProcess.hashes);
    expect(inWorkers.faults).toEqual(inProcess.faults);
  });

  it('gives the same hashes with a worker per agent, and from world to world with a shared worker', () => {
    const config = handConfig({ agentTypes: ['RandomOneShot', 'GreedyOneShot'], perLevel: 2, nSteps: 5 });
    const expected = runWorld(config, 'again', []).hashes;
    expect(runWorld(config, 'again', [isolated('RandomOneShot', 'agent')]).hashes).toEqual(expected);
    const shared = isolated('RandomOneShot', 'type');
    expect(runWorld(config, 'again', [shared]).hashes).toEqual(expected);
    expect(runWorld(config, 'again', [shared]).hashes).toEqual(expected);
  });
});

import { fileURLToPath } from 'node:url';
import { LEAGUE_AGENTS } from '../../../agents/league-agents.ts';
import { agentBudgets } from '../../../src/engine/isolation/agent-budgets.ts';
import {
  type IsolateAgentOptions,
  type IsolatedAgentType,
  isolateAgentType,
} from '../../../src/engine/isolation/isolate-agent-type.ts';
import { type IsolationFaultKind, isolationOf } from '../../../src/engine/isolation/isolation-of.ts';
import type { LeagueAgentType } from '../../../worlds/base/league-agent.ts';
import type { LeagueConfig } from '../../../worlds/base/league-config.ts';
import type { FaultRecord } from '../../../worlds/base/league-records.ts';
import { LeagueWorld } from '../../../worlds/base/league-world.ts';

/** A fault as the world will record it once it wires `onFault` (agent, day, callback, kind, message). */
export interface IsolationFault {
  readonly agent: string;
  readonly day: number;
  readonly callback: string;
  readonly kind: IsolationFaultKind;
  readonly message: string;
}

export const BUILTINS = {
  module: new URL('../../../agents/league-agents.ts', import.meta.url),
  exportName: 'LEAGUE_AGENTS',
};

/** Absolute path of an isolation test agent in test/support/isolation-agents. */
export function testAgent(name: string): string {
  return fileURLToPath(new URL(`../../support/isolation-agents/${name}.ts`, import.meta.url));
}

/** Budgets for tests that do not test budgets: wide enough for a busy machine. */
export const TEST_BUDGETS = agentBudgets({ perCallMs: 5_000, loadMs: 30_000 });

/** The budgets of the infinite-loop tests: 200 ms per call. */
export const LOOP_BUDGETS = agentBudgets({ perCallMs: 200, loadMs: 30_000 });

/** An isolated type whose agents report their faults into `faults` (what the world's wiring will do). */
export function isolatedFor(
  faults: IsolationFault[],
  options: Omit<IsolateAgentOptions, 'worlds'> & { worlds?: LeagueAgentType['worlds'] },
): IsolatedAgentType & { readonly agents: ReturnType<typeof isolationOf>[] } {
  const type = isolateAgentType({
    worlds: ['oneshot', 'std'],
    budgets: TEST_BUDGETS,
    memoryMb: 64,
    ...options,
  });
  const agents: ReturnType<typeof isolationOf>[] = [];
  return {
    ...type,
    agents,
    create(ctx) {
      const agent = type.create(ctx);
      const control = isolationOf(agent);
      agents.push(control);
      if (control !== undefined) {
        control.onFault = (callback, kind, message) =>
          faults.push({ agent: ctx.view.name, day: ctx.view.currentStep, callback, kind, message });
      }
      return agent;
    },
  };
}

/** Runs a world to its end; returns the per-day hashes and the faults the world recorded. */
export function runWorld(
  config: LeagueConfig,
  seed: string,
  types: readonly LeagueAgentType[],
): { hashes: string[]; faults: FaultRecord[]; agreements: number; world: LeagueWorld } {
  const byName = new Map([...LEAGUE_AGENTS, ...types].map((t) => [t.name, t]));
  const world = new LeagueWorld({ config, seed, resolveAgent: (n) => byName.get(n) });
  const hashes: string[] = [];
  const faults: FaultRecord[] = [];
  let agreements = 0;
  while (!world.finished) {
    const day = world.runDay();
    hashes.push(day.stateHash);
    faults.push(...day.faults);
    agreements += day.contracts.length;
  }
  return { hashes, faults, agreements, world };
}

/** A config whose factories on `level` run `agentType` (the others keep theirs). */
export function withAgentAt(config: LeagueConfig, level: number, agentType: string): LeagueConfig {
  return {
    ...config,
    factories: config.factories.map((f) => (f.level === level ? { ...f, agentType } : f)),
  };
}

import { type AgentBudgets, LEAGUE_BUDGETS } from '../engine/isolation/agent-budgets.ts';
import { describeAgentSpec } from '../engine/isolation/describe-agent-spec.ts';
import { type IsolatedAgentType, isolateAgentType } from '../engine/isolation/isolate-agent-type.ts';
import { CliError } from './cli-error.ts';

/** Where isolated workers find the built-in agents by name. */
const BUILTINS = {
  module: new URL('../../agents/league-agents.ts', import.meta.url),
  exportName: 'LEAGUE_AGENTS',
};

export interface IsolationSettings {
  readonly memoryMb: number;
  readonly budgets: AgentBudgets;
  /**
   * How long each side spins before it sleeps while waiting for the other (default 0: sleeps at once).
   * Spinning saves the wake-up of a sleeping thread (about 170 µs a call on our VM, 15 µs spinning) but
   * needs a core to spare: SPARE_CORE_SPINS for a single world, 0 in a tournament whose workers fill the
   * cores (docs/performance.md).
   */
  readonly spins?: number;
}

/** Spins for a world that has a core to spare (about 20-40 µs on our machine). */
export const SPARE_CORE_SPINS = 20_000;

export const DEFAULT_ISOLATION: IsolationSettings = { memoryMb: 512, budgets: LEAGUE_BUDGETS };

/**
 * A competitor (built-in name or absolute agent file path) that runs in its own worker thread with a
 * heap limit and the league's time budgets (issue 8). Its name and worlds are learnt in a worker too, so
 * an untrusted file's code never runs in this thread.
 */
export function isolatedAgent(
  spec: string,
  settings: IsolationSettings = DEFAULT_ISOLATION,
): IsolatedAgentType {
  let info;
  try {
    info = describeAgentSpec(spec, {
      builtins: BUILTINS,
      memoryMb: settings.memoryMb,
      loadMs: settings.budgets.loadMs,
    });
  } catch (err: unknown) {
    throw new CliError(`cannot load agent ${spec}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return isolateAgentType({
    spec,
    name: info.name,
    description: info.description,
    worlds: info.worlds,
    budgets: settings.budgets,
    memoryMb: settings.memoryMb,
    builtins: BUILTINS,
    spins: settings.spins ?? 0,
  });
}

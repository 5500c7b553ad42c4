import type { LeagueAgent } from '../../../worlds/base/league-agent.ts';

/** The kinds of fault only isolation can contain: a call over its budget, a worker that died. */
export type IsolationFaultKind = 'timeout' | 'crash';

/** Receives an isolated agent's faults: the callback it was in, the kind and a message naming the limit. */
export type IsolationFaultHook = (callback: string, kind: IsolationFaultKind, message: string) => void;

/** Figures of one isolated agent, for the benchmark and reports. */
export interface IsolationStats {
  /** Callback calls that reached the worker. */
  readonly calls: number;
  /** View and profit-function queries the main thread answered. */
  readonly queries: number;
  /** Wall time inside calls (queries included). */
  readonly callMs: number;
  /** Wall time to start the worker, load the agent and create it. */
  readonly loadMs: number;
  /** The worker's used heap at its last message. */
  readonly heapMb: number;
}

/** What the world sees of an isolated agent besides its callbacks. */
export interface IsolationControl {
  /**
   * Where faults go. Faults raised before it is set (a load that timed out) are delivered when it is set,
   * so set it right after `create`.
   */
  onFault: IsolationFaultHook | null;
  /** False once the agent was stopped (a fault) or disposed: every call then gets the 'end' answer. */
  readonly alive: boolean;
  readonly stats: IsolationStats;
  /** Stops the worker. Call when the world ends (it also stops by itself after the last day's step). */
  dispose(): void;
}

const CONTROLS = new WeakMap<object, IsolationControl>();

/** The isolation control of an agent made by an isolated agent type, or undefined for an in-process agent. */
export function isolationOf(agent: LeagueAgent): IsolationControl | undefined {
  return CONTROLS.get(agent);
}

/** Links an isolated agent's proxy to its control (used by isolateAgentType). */
export function attachIsolation(agent: LeagueAgent, control: IsolationControl): void {
  CONTROLS.set(agent, control);
}

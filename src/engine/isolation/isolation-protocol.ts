import type { MessagePort } from 'node:worker_threads';
import type { RngState } from '../../core/rng.ts';
import type { FrozenMask } from './frozen-mask.ts';
import type { BuiltinAgents } from './load-agent-spec.ts';
import type { ViewApi } from './view-api.ts';

/** Every callback of a league agent (worlds/base/league-agent.ts), as the worker is asked to run them. */
export const AGENT_CALLBACKS = Object.freeze([
  'propose',
  'respond',
  'firstProposals',
  'counterAll',
  'init',
  'beforeStep',
  'step',
  'onNegotiationSuccess',
  'onNegotiationFailure',
] as const);
export type AgentCallback = (typeof AGENT_CALLBACKS)[number];

/** An exception as it crosses the thread boundary. */
export interface ErrorData {
  readonly name: string;
  readonly message: string;
  readonly stack?: string;
}

/** A change to what the worker holds of an agent's view, sent with the agent's next call. */
export type ViewUpdate =
  | { readonly key: string; readonly value: unknown; readonly mask: FrozenMask | null }
  | { readonly key: string; readonly evict: true };

/**
 * Main thread to worker: create an agent (its id names it in later calls), run a callback of one, or
 * answer the worker's last query. `drop` lists agents the world no longer uses.
 */
export type HostMessage =
  | {
      readonly t: 'create';
      readonly id: number;
      readonly api: ViewApi;
      readonly rng: RngState;
      readonly params: unknown;
      readonly paramsMask: FrozenMask | null;
      readonly drop: readonly number[];
    }
  | {
      readonly t: 'call';
      readonly id: number;
      readonly name: AgentCallback;
      readonly args: readonly unknown[];
      readonly mask: FrozenMask | null;
      readonly updates: readonly ViewUpdate[] | null;
      /** Forget every view value held for this agent before applying `updates`. */
      readonly reset: boolean;
      readonly drop: readonly number[];
    }
  | { readonly t: 'answer'; readonly value: unknown; readonly mask: FrozenMask | null }
  | { readonly t: 'refuse'; readonly error: ErrorData };

/** What the main thread learns of the agent type a worker loaded (its data, not its code). */
export interface AgentTypeInfo {
  readonly name: string;
  readonly description: string;
  readonly worlds: readonly ('oneshot' | 'std')[];
}

/** Worker to main thread: the agent type loaded, an agent created, a view query, a result or an exception. */
export type WorkerMessage =
  | { readonly t: 'loaded'; readonly type: AgentTypeInfo }
  | {
      readonly t: 'ready';
      readonly style: 'negotiation' | 'sync';
      readonly callbacks: readonly AgentCallback[];
    }
  | { readonly t: 'query'; readonly name: string; readonly args: readonly unknown[] }
  | { readonly t: 'return'; readonly value: unknown }
  | { readonly t: 'throw'; readonly error: ErrorData };

/** The query name for today's profit function (never a view member: those are listed in the ViewApi). */
export const UFUN_QUERY = '#ufun';

/** What the worker is started with. */
export interface AgentWorkerData {
  readonly control: SharedArrayBuffer;
  readonly port: MessagePort;
  readonly spec: string;
  readonly builtins: BuiltinAgents | null;
  readonly spins: number;
}

/**
 * The key under which both sides keep a view value between calls, or null when it is not kept (arguments
 * other than strings, booleans and finite numbers).
 */
export function viewKeyOf(name: string, args: readonly unknown[]): string | null {
  if (args.length === 0) return name;
  for (const a of args)
    if (typeof a !== 'string' && typeof a !== 'boolean' && !Number.isFinite(a)) return null;
  return `${name}${JSON.stringify(args)}`;
}

/** The plain data of an exception (anything thrown: non-errors keep their string form, as the world records them). */
export function errorDataOf(err: unknown): ErrorData {
  if (err instanceof Error) {
    return err.stack === undefined
      ? { name: err.name, message: err.message }
      : { name: err.name, message: err.message, stack: err.stack };
  }
  return { name: 'Error', message: String(err) };
}

const ERROR_TYPES: Readonly<Record<string, ErrorConstructor>> = {
  TypeError,
  RangeError,
  SyntaxError,
  ReferenceError,
  EvalError,
  URIError,
};

/** An exception rebuilt on the other side, of the same built-in class (the world tells view writes by TypeError). */
export function errorFromData(data: ErrorData): Error {
  const Type = ERROR_TYPES[data.name] ?? Error;
  const err = new Type(data.message);
  if (err.name !== data.name) err.name = data.name;
  if (data.stack !== undefined) err.stack = data.stack;
  return err;
}

// The worker side of isolated agents: loads one agent type by spec, then, as the main thread asks, creates
// agents of it (each with a view that queries the main thread, its own copy of its random stream, its params
// and its profit function) and runs their callbacks, one at a time, for ever. Started by start-agent-worker.ts.
import { getHeapStatistics } from 'node:v8';
import { workerData } from 'node:worker_threads';
import { restoreRng } from '../../core/rng.ts';
import type { LeagueAgentContext, LeagueAgentType } from '../../../worlds/base/league-agent.ts';
import { LeagueUfun, type UfunPlacement } from '../../../worlds/base/league-ufun.ts';
import type { ProfitInputs } from '../../../worlds/base/profit-function.ts';
import { type FrozenMask, applyFrozenMask } from './frozen-mask.ts';
import {
  AGENT_CALLBACKS,
  type AgentWorkerData,
  type HostMessage,
  UFUN_QUERY,
  type ViewUpdate,
  type WorkerMessage,
  errorDataOf,
  errorFromData,
  viewKeyOf,
} from './isolation-protocol.ts';
import { loadAgentSpec } from './load-agent-spec.ts';
import { remoteView } from './remote-view.ts';
import { SyncChannel } from './sync-channel.ts';

const data = workerData as AgentWorkerData;
const channel = new SyncChannel(data.control, data.port, 'worker', data.spins);

function send(message: WorkerMessage): void {
  channel.heapKib = Math.round(getHeapStatistics().used_heap_size / 1024);
  channel.send(message);
}

/**
 * The main thread's next message. An answer to a view query comes at once (spin for it); the next call
 * may be far off, and while this thread spins the world may lack the core it needs (spin a tenth).
 */
function next(spinShare: number): HostMessage {
  while (!channel.wait(Infinity, spinShare));
  return channel.receive() as HostMessage;
}

// A few calls would end or kill more than this agent: they throw instead (an accident guard, not a sandbox).
for (const name of ['exit', 'abort', 'kill', 'reallyExit', 'chdir'] as const) {
  Object.defineProperty(process, name, {
    value: () => {
      throw new Error(`an agent may not call process.${name}`);
    },
  });
}

/**
 * A view value held between calls (the main thread sends changes with each call), frozen where the view's
 * was. Each read gets a fresh copy of its mutable parts, as each read of the in-process view does; frozen
 * parts with nothing mutable inside are shared.
 */
interface Held {
  readonly value: unknown;
  /** Its objects with nothing mutable inside (shared by every read). */
  readonly settled: WeakSet<object>;
}

function heldOf(value: unknown, mask: FrozenMask | null): Held {
  const frozen = applyFrozenMask(value, mask);
  const settled = new WeakSet<object>();
  const settle = (v: unknown): boolean => {
    if (v === null || typeof v !== 'object') return true;
    let all = Object.isFrozen(v);
    for (const x of Object.values(v)) all = settle(x) && all;
    if (all) settled.add(v);
    return all;
  };
  settle(frozen);
  return { value: frozen, settled };
}

function read(h: Held): unknown {
  const copy = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object' || h.settled.has(v)) return v;
    let out: object;
    if (Array.isArray(v)) out = (v as unknown[]).map(copy);
    else if (Object.getPrototypeOf(v) === Object.prototype) {
      const o: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) o[k] = copy(x);
      out = o;
    } else return structuredClone(v);
    return Object.isFrozen(v) ? Object.freeze(out) : out;
  };
  return copy(h.value);
}

/** One agent of this worker and what it holds of its view. */
interface Hosted {
  readonly agent: Record<string, unknown>;
  readonly held: Map<string, Held>;
}

const hosted = new Map<number, Hosted>();

function ask(held: Map<string, Held>, name: string, args: readonly unknown[]): unknown {
  const key = viewKeyOf(name, args);
  const hit = key === null ? undefined : held.get(key);
  if (hit !== undefined) return read(hit);
  send({ t: 'query', name, args });
  const answer = next(1);
  if (answer.t === 'refuse') throw errorFromData(answer.error);
  if (answer.t !== 'answer') throw new Error(`the isolation channel sent '${answer.t}' to a query`);
  if (key === null) return applyFrozenMask(answer.value, answer.mask);
  const h = heldOf(answer.value, answer.mask);
  held.set(key, h);
  return read(h);
}

function ufunOf(held: Map<string, Held>): LeagueUfun {
  const hit = held.get(UFUN_QUERY);
  if (hit !== undefined && hit.value instanceof LeagueUfun) return hit.value;
  const plain = ask(held, UFUN_QUERY, []) as { inputs: ProfitInputs; placement: UfunPlacement };
  // Like LeagueWorld's, one profit function object until the day's data change.
  const u = new LeagueUfun(plain.inputs, plain.placement);
  held.set(UFUN_QUERY, { value: u, settled: new WeakSet([u]) });
  return u;
}

function applyUpdates(held: Map<string, Held>, updates: readonly ViewUpdate[]): void {
  for (const u of updates) {
    if ('evict' in u) held.delete(u.key);
    else held.set(u.key, heldOf(u.value, u.mask));
  }
}

function create(type: LeagueAgentType, m: Extract<HostMessage, { t: 'create' }>): WorkerMessage {
  const held = new Map<string, Held>();
  const context: LeagueAgentContext = Object.freeze({
    view: remoteView(m.api, (name, args) => ask(held, name, args)) as LeagueAgentContext['view'],
    rng: restoreRng(m.rng),
    params: applyFrozenMask(m.params, m.paramsMask) as LeagueAgentContext['params'],
    ufun: () => ufunOf(held),
  });
  const agent = type.create(context) as unknown as Record<string, unknown>;
  hosted.set(m.id, { agent, held });
  const callbacks = AGENT_CALLBACKS.filter((name) => typeof agent[name] === 'function');
  return { t: 'ready', style: agent['style'] === 'sync' ? 'sync' : 'negotiation', callbacks };
}

function call(m: Extract<HostMessage, { t: 'call' }>): WorkerMessage {
  const h = hosted.get(m.id);
  if (h === undefined) throw new Error(`no agent ${m.id} in this worker`);
  if (m.reset) h.held.clear();
  if (m.updates !== null) applyUpdates(h.held, m.updates);
  const fn = h.agent[m.name];
  if (typeof fn !== 'function') throw new TypeError(`agent.${m.name} is not a function`);
  return { t: 'return', value: Reflect.apply(fn, h.agent, applyFrozenMask(m.args, m.mask)) };
}

function serve(type: LeagueAgentType): never {
  for (;;) {
    const m = next(0.1);
    let reply: WorkerMessage;
    try {
      if (m.t !== 'create' && m.t !== 'call')
        throw new Error(`the isolation channel sent '${m.t}' to an idle worker`);
      for (const id of m.drop) hosted.delete(id);
      reply = m.t === 'create' ? create(type, m) : call(m);
    } catch (err: unknown) {
      reply = { t: 'throw', error: errorDataOf(err) };
    }
    try {
      send(reply);
    } catch (err: unknown) {
      const what = m.t === 'call' ? `the agent's ${m.name}` : 'the agent';
      const why = err instanceof Error ? err.message : String(err);
      send({
        t: 'throw',
        error: { name: 'Error', message: `${what} returned a value that cannot leave its worker: ${why}` },
      });
    }
  }
}

async function start(): Promise<void> {
  let type: LeagueAgentType;
  try {
    type = await loadAgentSpec(data.spec, data.builtins);
  } catch (err: unknown) {
    send({ t: 'throw', error: errorDataOf(err) });
    return;
  }
  send({
    t: 'loaded',
    type: { name: String(type.name), description: String(type.description), worlds: [...type.worlds] },
  });
  serve(type);
}

void start();

import type { LeagueAgentContext } from '../../../worlds/base/league-agent.ts';
import type { AgentBudgets } from './agent-budgets.ts';
import type { AgentWorker, QueryServer, RequestOutcome } from './agent-worker.ts';
import { frozenMaskOf } from './frozen-mask.ts';
import { type AgentCallback, type HostMessage, errorDataOf, errorFromData } from './isolation-protocol.ts';
import type {
  IsolationControl,
  IsolationFaultHook,
  IsolationFaultKind,
  IsolationStats,
} from './isolation-of.ts';
import { viewApiOf } from './view-api.ts';
import { ViewMirror } from './view-mirror.ts';
import { wallMs } from './wall-clock.ts';

export interface AgentHostOptions {
  /** The worker that runs the agent (its own, or shared by the agents of its type). */
  readonly worker: AgentWorker;
  /** The agent's id in that worker. */
  readonly id: number;
  readonly budgets: AgentBudgets;
  readonly context: LeagueAgentContext;
  /** Ids of the worker's agents that are no longer used, to send along (taken once). */
  readonly takeDropped: () => number[];
  /** Called once when this agent is disposed. */
  readonly release: (id: number) => void;
}

/** A call's outcome: the agent's value and the call's wall time, or nothing when it could not answer. */
export type CallResult =
  { readonly ok: true; readonly value: unknown; readonly ms: number } | { readonly ok: false };

/**
 * The main-thread side of one isolated agent: creates it in its worker, runs each callback as a
 * synchronous round trip, keeps the worker's copy of its view current, enforces its budgets, and turns a
 * call that runs too long or a worker that dies into a fault and an agent stopped for the rest of the world.
 */
export class AgentHost implements IsolationControl {
  readonly style: 'negotiation' | 'sync';
  readonly callbacks: ReadonlySet<AgentCallback>;
  readonly #worker: AgentWorker;
  readonly #id: number;
  readonly #budgets: AgentBudgets;
  readonly #context: LeagueAgentContext;
  readonly #mirror: ViewMirror;
  readonly #takeDropped: () => number[];
  readonly #release: (id: number) => void;
  #alive = true;
  #released = false;
  #resync = false;
  #onFault: IsolationFaultHook | null = null;
  readonly #pending: [string, IsolationFaultKind, string][] = [];
  #worldMs = 0;
  #day = -1;
  readonly #negotiationMs = new Map<string, number>();
  readonly #closed = new Set<string>();
  #calls = 0;
  #queries = 0;
  readonly #loadMs: number;

  /** Creates the agent in its worker (loading the agent type first if needed); throws what loading or `create` threw. */
  constructor(options: AgentHostOptions) {
    this.#worker = options.worker;
    this.#id = options.id;
    this.#budgets = options.budgets;
    this.#context = options.context;
    this.#takeDropped = options.takeDropped;
    this.#release = options.release;
    const api = viewApiOf(options.context.view);
    this.#mirror = new ViewMirror(options.context, api);
    const started = wallMs();
    const deadline = started + options.budgets.loadMs;
    let got: RequestOutcome | null = this.#worker.awaitLoaded(deadline);
    if (got === null) {
      const params = options.context.params;
      got = this.#request(
        {
          t: 'create',
          id: this.#id,
          api,
          rng: options.context.rng.saveState(),
          params,
          paramsMask: frozenMaskOf(params),
          drop: this.#takeDropped(),
        },
        deadline,
      );
    }
    this.#loadMs = wallMs() - started;
    if ('reply' in got && got.reply.t === 'ready') {
      this.style = got.reply.style;
      this.callbacks = new Set(got.reply.callbacks);
      return;
    }
    this.style = 'negotiation';
    this.callbacks = new Set();
    if ('failed' in got) {
      this.#fail(
        'create',
        got.failed,
        got.failed === 'timeout'
          ? `the agent did not load and start within ${options.budgets.loadMs} ms`
          : this.#crashMessage('create'),
      );
      return;
    }
    this.dispose();
    throw got.reply.t === 'throw'
      ? errorFromData(got.reply.error)
      : new Error(`the agent worker sent '${got.reply.t}' instead of creating the agent`);
  }

  get onFault(): IsolationFaultHook | null {
    return this.#onFault;
  }
  set onFault(hook: IsolationFaultHook | null) {
    this.#onFault = hook;
    if (hook === null) return;
    for (const [callback, kind, message] of this.#pending.splice(0)) hook(callback, kind, message);
  }
  get alive(): boolean {
    return this.#alive && this.#worker.death === null;
  }
  get stats(): IsolationStats {
    return {
      calls: this.#calls,
      queries: this.#queries,
      callMs: this.#worldMs,
      loadMs: this.#loadMs,
      heapMb: this.#worker.heapMb,
    };
  }

  dispose(): void {
    this.#alive = false;
    if (this.#released) return;
    this.#released = true;
    this.#release(this.#id);
  }

  /**
   * Runs a callback in the worker and waits for it, within min(per-call budget, what is left of the world
   * budget). Rethrows what the agent threw. Over budget or on the worker's death: reports the fault, stops
   * the agent and answers `{ ok: false }` (as every later call does at once).
   */
  call(name: AgentCallback, args: readonly unknown[]): CallResult {
    if (!this.#alive) return { ok: false };
    const death = this.#worker.death;
    if (death !== null) {
      // Another agent of the same worker stopped it.
      this.#fault(name, death.kind, `stopped with the other agents of its worker: ${death.message}`);
      this.#alive = false;
      return { ok: false };
    }
    const started = wallMs();
    const worldLeft = this.#budgets.perWorldMs - this.#worldMs;
    const byWorld = worldLeft < this.#budgets.perCallMs;
    this.#calls++;
    const reset = this.#resync;
    this.#resync = false;
    const got = this.#request(
      {
        t: 'call',
        id: this.#id,
        name,
        args,
        mask: frozenMaskOf(args),
        updates: this.#mirror.updates(),
        reset,
        drop: this.#takeDropped(),
      },
      started + Math.min(this.#budgets.perCallMs, worldLeft),
    );
    const ms = wallMs() - started;
    this.#worldMs += ms;
    if ('failed' in got) {
      this.#fail(
        name,
        got.failed,
        got.failed === 'crash'
          ? this.#crashMessage(name)
          : byWorld
            ? `${name} ran past the agent's budget of ${this.#budgets.perWorldMs} ms for the whole world`
            : `${name} did not return within its budget of ${this.#budgets.perCallMs} ms per call`,
      );
      return { ok: false };
    }
    const m = got.reply;
    if (m.t === 'return') return { ok: true, value: m.value, ms };
    if (m.t === 'throw') throw errorFromData(m.error);
    throw new Error(`the agent worker answered ${name} with '${m.t}'`);
  }

  /** Whether today's negotiation with `partner` is still within its budget. */
  negotiationOpen(partner: string): boolean {
    this.#newDay();
    return !this.#closed.has(partner);
  }

  /**
   * Charges `ms` to today's negotiation with each partner; returns those that went over their budget now
   * (each reported once as a 'timeout' fault of `callback`; the caller ends them).
   */
  charge(callback: AgentCallback, partners: readonly string[], ms: number): string[] {
    this.#newDay();
    const over: string[] = [];
    for (const partner of partners) {
      if (this.#closed.has(partner)) continue;
      const used = (this.#negotiationMs.get(partner) ?? 0) + ms;
      this.#negotiationMs.set(partner, used);
      if (used > this.#budgets.perNegotiationMs) {
        this.#closed.add(partner);
        over.push(partner);
        this.#fault(
          callback,
          'timeout',
          `the negotiation with ${partner} ran over its budget of ${this.#budgets.perNegotiationMs} ms and was ended`,
        );
      }
    }
    return over;
  }

  /** Negotiations are one per partner and day: their budgets start afresh each day. */
  #newDay(): void {
    const day = this.#context.view.currentStep;
    if (day === this.#day) return;
    this.#day = day;
    this.#negotiationMs.clear();
    this.#closed.clear();
  }

  #request(message: HostMessage, deadline: number): RequestOutcome {
    try {
      return this.#worker.request(message, deadline, this.#serve);
    } catch (err: unknown) {
      // Nothing was sent: the view updates in it are lost, so the worker's copy is rebuilt next time.
      this.#resync = true;
      this.#mirror.clear();
      throw new Error(
        `the arguments of ${message.t} cannot be sent to the agent's worker: ${errorDataOf(err).message}`,
      );
    }
  }

  readonly #serve: QueryServer = (name, args, send) => {
    this.#queries++;
    let answer: ReturnType<ViewMirror['answer']>;
    try {
      answer = this.#mirror.answer(name, args);
    } catch (err: unknown) {
      send({ t: 'refuse', error: errorDataOf(err) });
      return;
    }
    try {
      send({ t: 'answer', value: answer.value, mask: answer.mask });
    } catch (err: unknown) {
      this.#mirror.forget(name, args);
      send({ t: 'refuse', error: errorDataOf(err) });
    }
  };

  #crashMessage(callback: string): string {
    const heap = this.#worker.heapMb.toFixed(1);
    return `the agent's worker died during ${callback}, most likely at its memory limit of ${this.#worker.memoryMb} MB (its heap was ${heap} MB at its last report)`;
  }

  /** Stops the worker (and so this agent) for good and reports why. */
  #fail(callback: string, kind: IsolationFaultKind, message: string): void {
    this.#worker.kill({ kind, message });
    this.#alive = false;
    this.#fault(callback, kind, `${message}; the agent is stopped for the rest of the world`);
  }

  #fault(callback: string, kind: IsolationFaultKind, message: string): void {
    if (this.#onFault === null) this.#pending.push([callback, kind, message]);
    else this.#onFault(callback, kind, message);
  }
}

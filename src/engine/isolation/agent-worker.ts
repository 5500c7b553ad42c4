import { MessageChannel, type Worker } from 'node:worker_threads';
import type { AgentTypeInfo, AgentWorkerData, HostMessage, WorkerMessage } from './isolation-protocol.ts';
import type { IsolationFaultKind } from './isolation-of.ts';
import type { BuiltinAgents } from './load-agent-spec.ts';
import { startAgentWorker } from './start-agent-worker.ts';
import { CONTROL_BYTES, SyncChannel } from './sync-channel.ts';
import { wallMs } from './wall-clock.ts';
import { type Liveness, workerLiveness } from './worker-liveness.ts';

export interface AgentWorkerOptions {
  readonly spec: string;
  readonly builtins: BuiltinAgents | null;
  readonly memoryMb: number;
  /** Spins before each blocking wait (both threads). */
  readonly spins: number;
  /** While blocked, the main thread wakes this often to see whether the worker died. */
  readonly sliceMs: number;
}

/** How a request ended: the worker's reply, or no reply by the deadline, or the worker died. */
export type RequestOutcome = { readonly reply: WorkerMessage } | { readonly failed: IsolationFaultKind };

/** Why a worker stopped for good. */
export interface WorkerDeath {
  readonly kind: IsolationFaultKind;
  readonly message: string;
}

/** Answers one view query of the worker by sending an 'answer' or 'refuse' message. */
export type QueryServer = (
  name: string,
  args: readonly unknown[],
  send: (message: HostMessage) => void,
) => void;

const ENTRY = new URL('./isolated-agent-worker.ts', import.meta.url);

/**
 * The main-thread handle of one agent worker: a thread with a heap limit that loaded one agent type and
 * hosts its agents. Requests are synchronous: the main thread blocks (in short slices, to notice a death)
 * until the reply, answering the worker's view queries meanwhile, or gives up at a deadline.
 */
export class AgentWorker {
  readonly memoryMb: number;
  readonly #worker: Worker;
  readonly #channel: SyncChannel;
  readonly #probe: () => Liveness;
  readonly #sliceMs: number;
  readonly #send = (message: HostMessage): void => this.#channel.send(message);
  #exited = false;
  #death: WorkerDeath | null = null;
  /** null while loading; then true, or the loading error's reply. */
  #loaded: true | WorkerMessage | null = null;
  #type: AgentTypeInfo | null = null;

  constructor(options: AgentWorkerOptions) {
    this.memoryMb = options.memoryMb;
    this.#sliceMs = options.sliceMs;
    const control = new SharedArrayBuffer(CONTROL_BYTES);
    const { port1, port2 } = new MessageChannel();
    port1.unref();
    const data: AgentWorkerData = {
      control,
      port: port2,
      spec: options.spec,
      builtins: options.builtins,
      spins: options.spins,
    };
    this.#worker = startAgentWorker({
      entry: ENTRY,
      workerData: data,
      // The old generation holds nearly everything an agent keeps; the young one stays small.
      resourceLimits: {
        maxOldGenerationSizeMb: options.memoryMb,
        maxYoungGenerationSizeMb: Math.max(1, Math.min(16, Math.floor(options.memoryMb / 8))),
      },
    });
    // Without a listener an out-of-memory death would be an uncaught 'error' event once the loop turns.
    this.#worker.on('error', () => undefined);
    this.#worker.on('exit', () => {
      this.#exited = true;
    });
    this.#channel = new SyncChannel(control, port1, 'main', options.spins);
    const probe = workerLiveness(this.#worker, () => this.#channel.booted);
    this.#probe = () => (this.#exited ? 'stopped' : probe());
  }

  /** Why the worker stopped, or null while it runs. */
  get death(): WorkerDeath | null {
    return this.#death;
  }

  /** Whether the agent type loaded (a worker that died loading would die again: it is not replaced). */
  get loaded(): boolean {
    return this.#loaded === true;
  }

  /** The loaded agent type's name, description and worlds (null until loaded). */
  get type(): AgentTypeInfo | null {
    return this.#type;
  }

  /** The worker's used heap at its last message, in MB. */
  get heapMb(): number {
    return this.#channel.heapKib / 1024;
  }

  /**
   * Waits until the agent type is loaded: null when it is, else the loader's error reply ('throw') or the
   * failure (the worker is then dead).
   */
  awaitLoaded(deadline: number): RequestOutcome | null {
    if (this.#loaded === true) return null;
    if (this.#loaded !== null) return { reply: this.#loaded };
    if (this.#death !== null) return { failed: this.#death.kind };
    const got = this.#await(deadline, (_name, _args, send) =>
      send({ t: 'refuse', error: { name: 'Error', message: 'no view while the agent type loads' } }),
    );
    if ('failed' in got) return got;
    if (got.reply.t === 'loaded') {
      this.#loaded = true;
      this.#type = got.reply.type;
      return null;
    }
    this.#loaded = got.reply;
    return got;
  }

  /**
   * Sends a request and waits for the reply until `deadline`, answering view queries with `serve`. Throws
   * if the request cannot be cloned.
   */
  request(message: HostMessage, deadline: number, serve: QueryServer): RequestOutcome {
    if (this.#death !== null) return { failed: this.#death.kind };
    this.#channel.send(message);
    return this.#await(deadline, serve);
  }

  /** Stops the thread for good, recording why (the first cause is kept). */
  kill(death: WorkerDeath): void {
    this.#death ??= death;
    if (this.#exited) return;
    this.#exited = true;
    void this.#worker.terminate();
  }

  /** Stops the thread without a fault: nobody uses it any more. */
  close(): void {
    if (this.#exited) return;
    this.#exited = true;
    void this.#worker.terminate();
  }

  #await(deadline: number, serve: QueryServer): RequestOutcome {
    for (;;) {
      const left = deadline - wallMs();
      if (left <= 0) return { failed: 'timeout' };
      if (!this.#channel.wait(Math.min(this.#sliceMs, left))) {
        if (this.#probe() === 'stopped') return { failed: 'crash' };
        continue;
      }
      const m = this.#channel.receive() as WorkerMessage;
      if (m.t !== 'query') return { reply: m };
      serve(m.name, m.args, this.#send);
    }
  }
}

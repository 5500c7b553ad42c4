import { type MessagePort, receiveMessageOnPort } from 'node:worker_threads';

/** Slots of the shared control buffer (Int32). */
export const SLOT = Object.freeze({
  /** Who holds the turn: 0 before the first message, then TO_WORKER or TO_MAIN. */
  TURN: 0,
  /** The worker's used heap in KiB, written before each message it sends. */
  HEAP_KIB: 1,
  /** 1 once the worker thread runs JavaScript (its environment exists). */
  BOOTED: 2,
});
export const CONTROL_BYTES = 4 * 4;
export const TO_WORKER = 1;
export const TO_MAIN = 2;

// Spinning before sleeping saves the futex wake-up (~20-60 µs) when the other side answers quickly; kept
// short because on a busy machine a spinning thread takes the core the other side needs.
const DEFAULT_SPINS = 2000;

/**
 * One end of a strictly alternating, synchronous channel between the main thread and an agent's worker.
 * A message travels by structured clone through a MessagePort that nobody listens to; the turn flag in a
 * SharedArrayBuffer wakes the other side, which then takes the message with `receiveMessageOnPort` —
 * so neither side needs its event loop, and the main thread can block while the worker runs.
 */
export class SyncChannel {
  readonly #control: Int32Array;
  readonly #port: MessagePort;
  readonly #mine: number;
  readonly #theirs: number;
  readonly #spins: number;

  constructor(control: SharedArrayBuffer, port: MessagePort, side: 'main' | 'worker', spins = DEFAULT_SPINS) {
    this.#control = new Int32Array(control);
    this.#port = port;
    this.#mine = side === 'main' ? TO_MAIN : TO_WORKER;
    this.#theirs = side === 'main' ? TO_WORKER : TO_MAIN;
    this.#spins = spins;
  }

  /** Hands a message and the turn to the other side. Throws (sending nothing) if it cannot be cloned. */
  send(message: unknown): void {
    this.#port.postMessage(message);
    Atomics.store(this.#control, SLOT.TURN, this.#theirs);
    Atomics.notify(this.#control, SLOT.TURN);
  }

  /**
   * Waits up to `timeoutMs` (Infinity: for ever) for the turn; true when a message is there. It spins
   * `spinShare` of this end's spins first: less for a wait that is likely long, where a spinning thread
   * would take the core the other side needs.
   */
  wait(timeoutMs: number, spinShare = 1): boolean {
    const c = this.#control;
    const spins = Math.round(this.#spins * spinShare);
    for (let k = 0; k < spins; k++) if (Atomics.load(c, SLOT.TURN) === this.#mine) return true;
    const seen = Atomics.load(c, SLOT.TURN);
    if (seen === this.#mine) return true;
    Atomics.wait(c, SLOT.TURN, seen, timeoutMs);
    return Atomics.load(c, SLOT.TURN) === this.#mine;
  }

  /** The message that came with the turn. */
  receive(): unknown {
    const got = receiveMessageOnPort(this.#port);
    if (got === undefined) throw new Error('the isolation channel has the turn but no message');
    return got.message;
  }

  get heapKib(): number {
    return Atomics.load(this.#control, SLOT.HEAP_KIB);
  }
  set heapKib(value: number) {
    Atomics.store(this.#control, SLOT.HEAP_KIB, value);
  }
  get booted(): boolean {
    return Atomics.load(this.#control, SLOT.BOOTED) === 1;
  }
}

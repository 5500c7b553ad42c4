import type { Worker } from 'node:worker_threads';

/** What a liveness probe can tell: the worker thread runs, has stopped, or the probe cannot tell. */
export type Liveness = 'running' | 'stopped' | 'unknown';

/**
 * A probe that tells, without the event loop, whether a worker thread has stopped: Node reports a worker's
 * death (e.g. ERR_WORKER_OUT_OF_MEMORY) only as an 'exit' event, which a main thread blocked in
 * Atomics.wait never sees. Node's native worker handle answers `loopIdleTime()` with -1 once the thread
 * has stopped (src/node_worker.cc); that handle is internal, so the probe answers 'unknown' when it is
 * not there, and -1 counts only after the thread has `booted` (before its environment exists it is -1 too).
 * Once the main thread's event loop has handled the exit, `worker.threadId` is -1 and settles it.
 */
export function workerLiveness(worker: Worker, booted: () => boolean): () => Liveness {
  const symbol = Object.getOwnPropertySymbols(worker).find((s) => s.description === 'kHandle');
  const handle: unknown = symbol === undefined ? undefined : Reflect.get(worker, symbol);
  const idle: unknown =
    handle !== null && typeof handle === 'object' ? Reflect.get(handle, 'loopIdleTime') : undefined;
  return () => {
    // Once the exit has been handled (the event loop turned), Node says so publicly.
    if (worker.threadId < 0) return 'stopped';
    if (typeof idle !== 'function' || !booted()) return 'unknown';
    const t: unknown = Reflect.apply(idle, handle, []);
    return typeof t !== 'number' ? 'unknown' : t < 0 ? 'stopped' : 'running';
  };
}

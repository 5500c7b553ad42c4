import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { workerLiveness } from '../../../../src/engine/isolation/worker-liveness.ts';

/** Blocks this thread (its event loop included) for `ms`. */
function block(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

describe('workerLiveness()', () => {
  it('sees a worker die while this thread is blocked and its event loop cannot turn', async () => {
    const worker = new Worker('setTimeout(() => process.exit(0), 50);', { eval: true });
    await once(worker, 'online');
    const probe = workerLiveness(worker, () => true);
    expect(probe()).toBe('running');
    block(500);
    expect(probe()).toBe('stopped');
  });

  it('sees a worker stopped once its exit was handled', async () => {
    const worker = new Worker('setInterval(() => {}, 1000);', { eval: true });
    await once(worker, 'online');
    const probe = workerLiveness(worker, () => true);
    await worker.terminate();
    expect(probe()).toBe('stopped');
  });

  it('cannot tell before the thread has booted, nor without the native handle', async () => {
    const worker = new Worker('setInterval(() => {}, 1000);', { eval: true });
    await once(worker, 'online');
    expect(workerLiveness(worker, () => false)()).toBe('unknown');
    await worker.terminate();
    expect(workerLiveness({ threadId: 1 } as Worker, () => true)()).toBe('unknown');
  });
});

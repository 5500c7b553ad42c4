import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { CONTROL_BYTES, SyncChannel } from '../../../../src/engine/isolation/sync-channel.ts';

function pair(): { main: SyncChannel; worker: SyncChannel; close(): void } {
  const control = new SharedArrayBuffer(CONTROL_BYTES);
  const { port1, port2 } = new MessageChannel();
  return {
    main: new SyncChannel(control, port1, 'main', 10),
    worker: new SyncChannel(control, port2, 'worker', 10),
    close: () => {
      port1.close();
      port2.close();
    },
  };
}

describe('SyncChannel', () => {
  it('hands messages and the turn back and forth without the event loop', () => {
    const { main, worker, close } = pair();
    expect(worker.wait(0)).toBe(false);
    main.send({ t: 'call', n: 1 });
    expect(main.wait(0)).toBe(false);
    expect(worker.wait(0)).toBe(true);
    expect(worker.receive()).toEqual({ t: 'call', n: 1 });
    worker.send({ t: 'return', value: [NaN, undefined, -Infinity] });
    expect(main.wait(0)).toBe(true);
    expect(main.receive()).toEqual({ t: 'return', value: [NaN, undefined, -Infinity] });
    close();
  });

  it('sees the turn whatever share of its spins it takes, none included', () => {
    const { main, worker, close } = pair();
    expect(worker.wait(0, 0)).toBe(false);
    main.send({ t: 'call', n: 2 });
    expect(worker.wait(0, 0)).toBe(true);
    expect(worker.wait(0, 0.1)).toBe(true);
    expect(worker.receive()).toEqual({ t: 'call', n: 2 });
    close();
  });

  it('gives up waiting after the timeout', () => {
    const { main, close } = pair();
    expect(main.wait(5)).toBe(false);
    close();
  });

  it('sends nothing when a message cannot be cloned', () => {
    const { main, worker, close } = pair();
    expect(() => main.send({ f: () => 1 })).toThrow();
    expect(worker.wait(0)).toBe(false);
    close();
  });

  it('shares the heap figure and the boot flag', () => {
    const { main, worker, close } = pair();
    worker.heapKib = 2048;
    expect(main.heapKib).toBe(2048);
    expect(main.booted).toBe(false);
    close();
  });
});

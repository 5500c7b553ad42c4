import { availableParallelism } from 'node:os';

/**
 * Worker threads a tournament uses unless told: one per core when competitors are isolated (their
 * calls are round trips, so threads often wait), one per core but one otherwise, because this thread
 * stores every world and keeps a core busy. Measured on 2 cores (docs/performance.md): in-process, 1
 * worker plays 550 worlds a minute and 2 workers 473; isolated, 1 worker 93 and 2 workers 131.
 */
export function defaultWorkers(isolated: boolean, cores: number = availableParallelism()): number {
  return Math.max(1, isolated ? cores : cores - 1);
}

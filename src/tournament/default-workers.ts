import { availableParallelism } from 'node:os';

/**
 * Worker threads a tournament uses unless told: one per core when competitors are isolated (their
 * calls are round trips, so threads often wait), one per core but one otherwise, because this thread
 * stores every world and keeps a core busy. Measured on 2 cores with in-process competitors
 * (docs/performance.md): 1 worker plays 550 worlds a minute over 48 worlds and 624-653 over 96, 2
 * workers 454-473 and 582-588 (a second worker only pays off past about 150 worlds); isolated, 1
 * worker plays 93 and 2 workers 131.
 */
export function defaultWorkers(isolated: boolean, cores: number = availableParallelism()): number {
  return Math.max(1, isolated ? cores : cores - 1);
}

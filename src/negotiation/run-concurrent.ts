import type { SaoMechanism } from './sao-mechanism.ts';

export interface RunConcurrentOptions {
  /** Called as soon as negotiation `index` ends, before the next negotiation of the pass is stepped. */
  readonly onEnd?: (index: number) => void;
  /** Stop after this many passes even if negotiations are still running (NegMAS negotiation_speed). */
  readonly maxPasses?: number;
}

/**
 * Runs many negotiations "concurrently" by deterministic interleaving (negotiation.md A.2.1): each pass
 * steps every still-running negotiation once, in list order, until all have ended. Returns the number
 * of passes made.
 */
export function runConcurrent<O>(
  mechanisms: readonly SaoMechanism<O>[],
  options: RunConcurrentOptions = {},
): number {
  const maxPasses = options.maxPasses ?? Infinity;
  const onEnd = options.onEnd;
  let passes = 0;
  let running = mechanisms.filter((m) => m.running).length;
  while (running > 0 && passes < maxPasses) {
    passes++;
    for (let i = 0; i < mechanisms.length; i++) {
      const m = mechanisms[i] as SaoMechanism<O>;
      if (!m.running) continue;
      if (!m.step()) {
        running--;
        onEnd?.(i);
      }
    }
  }
  return passes;
}

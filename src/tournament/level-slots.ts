import type { Rng } from '../core/rng.ts';
import { integerCut } from '../../worlds/base/integer-cut.ts';

/** Fillers and competitor slots on one level of a tournament configuration. */
export interface LevelSlots {
  readonly fillers: number;
  readonly competitors: number;
}

/**
 * How many filler factories and competitor slots each level gets (league-rules.md §12.2 steps 2–4):
 * 4 fillers per process split at random over the levels, the competitor slots split at random, every
 * level raised to at least 4 factories, and a level above 6 with more than one filler cut back to
 * max(1, 4 − its competitors) fillers.
 */
export function levelSlots(nProcesses: number, competitors: number, rng: Rng): LevelSlots[] {
  const fillers = integerCut(nProcesses * 4, nProcesses, undefined, rng);
  const slots = integerCut(competitors, nProcesses, undefined, rng);
  return fillers.map((f, level) => {
    const c = slots[level] ?? 0;
    let n = Math.max(f, 4 - c);
    if (n + c > 6 && n > 1) n = Math.max(1, 4 - c);
    return { fillers: n, competitors: c };
  });
}

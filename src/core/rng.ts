import seedrandom from 'seedrandom';

/** Saved state of a random stream: restore it with `restoreRng` to continue exactly where it stopped. */
export interface RngState {
  readonly seed: string;
  readonly alea: { readonly c: number; readonly s0: number; readonly s1: number; readonly s2: number };
}

/**
 * A seeded random stream. Every consumer (world, agent, negotiation) owns one, derived from the run's
 * root seed by a stable path, so one consumer drawing more numbers never shifts another's draws.
 */
export interface Rng {
  /** The seed string this stream was created from (root seed plus derivation path). */
  readonly seed: string;
  /** A uniform real in [0, 1). */
  next(): number;
  /** A uniform integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** A uniform real in [min, max). */
  real(min: number, max: number): number;
  /** A standard normal draw (Box–Muller, both uniforms consumed on every call). */
  normal(): number;
  /** A uniformly chosen element; throws on an empty list. */
  pick<T>(items: readonly T[]): T;
  /** A uniformly shuffled copy (Fisher–Yates); the input is not changed. */
  shuffle<T>(items: readonly T[]): T[];
  /** A stream derived from this one's seed by a further path; independent of this stream's draws. */
  derive(...path: readonly (string | number)[]): Rng;
  /** The state, to save with the world state and restore later. */
  saveState(): RngState;
}

class SeededRng implements Rng {
  readonly seed: string;
  readonly #prng: seedrandom.StatefulPRNG<seedrandom.State.Alea>;

  constructor(seed: string, state?: seedrandom.State.Alea) {
    this.seed = seed;
    // Alea: fast, small state that seedrandom can save and restore.
    this.#prng = seedrandom.alea(seed, { state: state ?? true });
  }

  next(): number {
    return this.#prng();
  }

  int(min: number, max: number): number {
    if (max < min) throw new RangeError(`rng.int() needs min <= max, got ${min} > ${max}`);
    return min + Math.floor(this.#prng() * (max - min + 1));
  }

  real(min: number, max: number): number {
    return min + this.#prng() * (max - min);
  }

  normal(): number {
    const u1 = 1 - this.#prng(); // (0, 1]: log stays finite
    const u2 = this.#prng();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('rng.pick() needs a non-empty list');
    return items[Math.floor(this.#prng() * items.length)] as T;
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.#prng() * (i + 1));
      const tmp = out[i] as T;
      out[i] = out[j] as T;
      out[j] = tmp;
    }
    return out;
  }

  derive(...path: readonly (string | number)[]): Rng {
    return createRng(deriveSeed(this.seed, ...path));
  }

  saveState(): RngState {
    const s = this.#prng.state();
    return { seed: this.seed, alea: { c: s.c, s0: s.s0, s1: s.s1, s2: s.s2 } };
  }
}

/** The seed string of the stream at `path` below `root`: `root/a/b`. Stable across versions. */
export function deriveSeed(root: string, ...path: readonly (string | number)[]): string {
  return path.length === 0 ? root : `${root}/${path.join('/')}`;
}

/** A new stream from a seed (a run's root seed, or a derived seed). */
export function createRng(seed: string | number): Rng {
  return new SeededRng(String(seed));
}

/** Continue a stream from a state saved with `saveState()`. */
export function restoreRng(state: RngState): Rng {
  const { c, s0, s1, s2 } = state.alea;
  if (![c, s0, s1, s2].every(Number.isFinite))
    throw new RangeError('restoreRng() needs a state saved by saveState()');
  return new SeededRng(state.seed, { c, s0, s1, s2 });
}

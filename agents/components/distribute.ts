// league-rules.md §15.0 `distribute` (scml: src/scml/common.py): split an integer quantity over bins,
// used by the random sync agents to spread a need over partners.
import type { Rng } from '../../src/core/rng.ts';

export interface DistributeOptions {
  /** Largest amount per bin; the total is first cut to mx · n. Required with `concentrated`. */
  readonly mx?: number | undefined;
  /** Start every bin at ⌊q / n⌋ instead of 1 (no effect with `allowZero`). */
  readonly equal?: boolean | undefined;
  /** Fill the first bins up to mx, then shuffle. */
  readonly concentrated?: boolean | undefined;
  /** Bins may stay empty even when q >= n. */
  readonly allowZero?: boolean | undefined;
}

/**
 * Splits `q` units over `n` bins as league-rules.md §15.0 describes: cap at mx · n; concentrated fills
 * bins up to mx in order and shuffles; q < n places q ones at random; q = n gives all ones; otherwise a
 * base per bin (0 with allowZero, ⌊q/n⌋ with equal, else 1) plus each remaining unit dropped into a
 * uniformly chosen bin. Negative q is treated as 0 (our choice); n = 0 gives an empty list.
 *
 * @example
 * distribute(10, 3, { equal: true }, rng); // e.g. [4, 3, 3]: 3 each, the last unit at random
 */
export function distribute(q: number, n: number, options: DistributeOptions, rng: Rng): number[] {
  const { mx, equal = false, concentrated = false, allowZero = false } = options;
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`distribute() needs n to be an integer >= 0, got ${n}`);
  if (!Number.isInteger(q)) throw new RangeError(`distribute() needs an integer quantity, got ${q}`);
  if (n === 0) return [];
  let left = Math.max(0, q);
  // Step 1: never more than mx per bin.
  if (mx !== undefined && left > mx * n) left = mx * n;
  if (concentrated) {
    if (mx === undefined) throw new RangeError('distribute() needs mx when concentrated is set');
    // Step 2: one unit in each of the first bins (unless zeros are allowed), then fill bins up to mx in order.
    const bins = new Array<number>(n).fill(0);
    if (!allowZero) {
      const k = Math.min(left, n);
      for (let i = 0; i < k; i++) bins[i] = 1;
      left -= k;
    }
    if (left === 0) return rng.shuffle(bins);
    for (let i = 0; i < n; i++) {
      const before = bins[i] as number;
      const after = Math.min(mx, before + left);
      bins[i] = after;
      left -= after - before;
    }
    return rng.shuffle(bins);
  }
  // Step 3: fewer units than bins: q ones in uniformly random positions.
  if (left < n) {
    const bins = new Array<number>(n).fill(0);
    for (let i = 0; i < left; i++) bins[i] = 1;
    return rng.shuffle(bins);
  }
  // Step 4.
  if (left === n) return new Array<number>(n).fill(1);
  // Step 5: a base per bin, then a multinomial draw of the rest.
  const base = allowZero ? 0 : equal ? Math.floor(left / n) : 1;
  const bins = new Array<number>(n).fill(base);
  left -= base * n;
  for (let u = 0; u < left; u++) {
    const i = rng.int(0, n - 1);
    bins[i] = (bins[i] as number) + 1;
  }
  return bins;
}

import type { Rng } from '../../src/core/rng.ts';

/**
 * Split `total` units over `n` bins at random: start from zeros and add the units one at a time, each
 * to a bin chosen uniformly among those still below their cap (league-rules.md §3.2 step 2,
 * `integer_cut`). One `rng.int` draw per unit.
 *
 * `caps` is one cap for every bin, one cap per bin, or `undefined` for no cap. A cap of 0 or less
 * makes a bin ineligible. Throws a RangeError when the caps cannot hold `total`.
 *
 * @example
 * ```ts
 * integerCut(7, 3, 3, rng); // e.g. [3, 2, 2]: sums to 7, no bin above 3
 * ```
 */
export function integerCut(
  total: number,
  n: number,
  caps: number | readonly number[] | undefined,
  rng: Rng,
): number[] {
  if (!Number.isInteger(total) || total < 0) {
    throw new RangeError(`integerCut() needs a total that is an integer >= 0, got ${total}`);
  }
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`integerCut() needs n to be an integer >= 0, got ${n}`);
  if (Array.isArray(caps) && caps.length !== n) {
    throw new RangeError(`integerCut() needs one cap per bin, got ${caps.length} caps for ${n} bins`);
  }
  const bins = new Array<number>(n).fill(0);
  if (total === 0) return bins;
  if (caps === undefined) {
    if (n === 0) throw new RangeError(`integerCut() cannot place ${total} units in 0 bins`);
    for (let u = 0; u < total; u++) bins[rng.int(0, n - 1)]! += 1;
    return bins;
  }
  const capOf = (i: number): number => (typeof caps === 'number' ? caps : (caps as readonly number[])[i]!);
  // Eligible bins in index order; a bin leaves the list when it reaches its cap.
  const eligible: number[] = [];
  let room = 0;
  for (let i = 0; i < n; i++) {
    const cap = capOf(i);
    if (cap > 0) {
      eligible.push(i);
      room += Math.ceil(cap); // a bin takes units while below its cap
    }
  }
  if (room < total) {
    throw new RangeError(`integerCut() cannot place ${total} units: the caps hold only ${room}`);
  }
  for (let u = 0; u < total; u++) {
    const k = rng.int(0, eligible.length - 1);
    const i = eligible[k]!;
    bins[i]! += 1;
    if (bins[i]! >= capOf(i)) eligible.splice(k, 1);
  }
  return bins;
}

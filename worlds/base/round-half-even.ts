/**
 * Round to the nearest integer, ties to the even neighbour, as numpy's `round` does
 * (league-rules.md §3.2 step 2: the quantity-flow roundings use numpy's round).
 *
 * @example
 * ```ts
 * roundHalfEven(2.5); // 2
 * roundHalfEven(3.5); // 4
 * roundHalfEven(-0.5); // 0
 * ```
 */
export function roundHalfEven(x: number): number {
  if (!Number.isFinite(x)) return x;
  const floor = Math.floor(x);
  // Exact for every double: x - floor(x) is representable.
  const diff = x - floor;
  let r: number;
  if (diff > 0.5) r = floor + 1;
  else if (diff < 0.5) r = floor;
  else r = floor % 2 === 0 ? floor : floor + 1;
  return r === 0 ? 0 : r; // never -0, so JSON round trips compare equal
}

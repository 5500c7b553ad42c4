/** Π_i (u_i − c_i): the Nash product of a utility vector over the conflict utilities. */
export function nashProduct(utilities: readonly number[], conflict: readonly number[]): number {
  let p = 1;
  for (const [i, u] of utilities.entries()) p *= u - (conflict[i] ?? 0);
  return p;
}

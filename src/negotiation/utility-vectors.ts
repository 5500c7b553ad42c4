import type { Outcome } from './issue.ts';
import type { UtilityFunction } from './utility-function.ts';

/** One utility per party for one outcome. */
export type UtilityVector = readonly number[];

/** The utility vector (u_1(ω), …, u_k(ω)) of every outcome, in outcome order (negotiation.md A.6). */
export function utilityVectors<O = Outcome>(
  ufuns: readonly UtilityFunction<O>[],
  outcomes: readonly O[],
): number[][] {
  if (ufuns.length === 0) throw new RangeError('utilityVectors() needs at least one utility function');
  const out: number[][] = new Array<number[]>(outcomes.length);
  for (let k = 0; k < outcomes.length; k++) {
    const o = outcomes[k] as O;
    const v = new Array<number>(ufuns.length);
    for (let i = 0; i < ufuns.length; i++) v[i] = (ufuns[i] as UtilityFunction<O>).eval(o);
    out[k] = v;
  }
  return out;
}

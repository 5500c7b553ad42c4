import type { Outcome } from './issue.ts';
import type { UtilityFunction } from './utility-function.ts';

/** Best and worst utilities over a list of outcomes and the outcomes reaching them. */
export interface UtilityRange<O = Outcome> {
  readonly best: number;
  readonly worst: number;
  readonly bestOutcome: O;
  readonly worstOutcome: O;
}

/**
 * Utility range of `ufun` over `outcomes` (negotiation.md A.5: min/max and extreme outcomes). Ties go
 * to the first outcome in list order. Throws on an empty list or a NaN utility.
 */
export function utilityRange<O = Outcome>(ufun: UtilityFunction<O>, outcomes: readonly O[]): UtilityRange<O> {
  if (outcomes.length === 0) throw new RangeError('utilityRange() needs at least one outcome');
  let best = -Infinity;
  let worst = Infinity;
  let bestAt = 0;
  let worstAt = 0;
  for (let k = 0; k < outcomes.length; k++) {
    const u = ufun.eval(outcomes[k] as O);
    if (Number.isNaN(u)) throw new RangeError(`utility of outcome ${k} is NaN`);
    if (u > best || k === 0) {
      best = u;
      bestAt = k;
    }
    if (u < worst || k === 0) {
      worst = u;
      worstAt = k;
    }
  }
  return { best, worst, bestOutcome: outcomes[bestAt] as O, worstOutcome: outcomes[worstAt] as O };
}

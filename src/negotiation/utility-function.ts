import type { Outcome } from './issue.ts';

/**
 * A utility function over outcomes (negotiation.md A.5). `null` is "no agreement" and evaluates to the
 * reserved value r (default -Infinity in NegMAS; every concrete function here sets it explicitly).
 */
export interface UtilityFunction<O = Outcome> {
  eval(outcome: O | null): number;
  readonly reservedValue: number;
}

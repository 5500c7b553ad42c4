// league-rules.md §15.1 GreedyOneShotAgent, parameter table (scml: src/scml/oneshot/agents/greedy.py);
// shared by GreedySyncAgent and GreedyStdAgent (§15.2, scml: src/scml/std/agents/greedy.py).
import type { Rng } from '../../src/core/rng.ts';
import { numberParam } from './agent-param.ts';

/** The greedy agents' parameters (camelCase of the reference's names). */
export interface GreedyParams {
  /** e: the threshold ((n − s − 1)/(n − 1))^e. */
  readonly concessionExponent: number;
  readonly stepPriceSlack: number;
  readonly oppPriceSlack: number;
  readonly oppAccPriceSlack: number;
  /** +∞ by default, which makes the accumulated-best term irrelevant. */
  readonly accPriceSlack: number;
  readonly rangeSlack: number;
}

/**
 * The parameters from `params`, drawing each one that is absent from `rng`, in the table's order:
 * concession exponent U(0.2, 1), step, opponent and opponent-accumulated price slacks U(0.05, 0.15),
 * range slack U(0.05, 0.25); the accumulated price slack is fixed at +∞ (our reading of the draw order).
 */
export function drawGreedyParams(params: Readonly<Record<string, unknown>>, rng: Rng): GreedyParams {
  const concessionExponent = numberParam(params, 'concessionExponent', () => rng.real(0.2, 1.0));
  const stepPriceSlack = numberParam(params, 'stepPriceSlack', () => rng.real(0.05, 0.15));
  const oppPriceSlack = numberParam(params, 'oppPriceSlack', () => rng.real(0.05, 0.15));
  const oppAccPriceSlack = numberParam(params, 'oppAccPriceSlack', () => rng.real(0.05, 0.15));
  const accPriceSlack = numberParam(params, 'accPriceSlack', () => Infinity);
  const rangeSlack = numberParam(params, 'rangeSlack', () => rng.real(0.05, 0.25));
  return { concessionExponent, stepPriceSlack, oppPriceSlack, oppAccPriceSlack, accPriceSlack, rangeSlack };
}

// negotiation.md B.1 "From aspiration to utility", "Offering", "Accepting" (NegMAS 0.11.6
// src/negmas/gb/negotiators/timebased.py, src/negmas/preferences/inv_ufun.py): the shared core of the
// aspiration negotiator and the Boulware / linear / conceder time-based negotiators.
import type { Outcome } from '../../src/negotiation/issue.ts';
import type { NegotiatorContext } from '../../src/negotiation/negotiator-factory.ts';
import type { SaoNegotiator, SaoResponse, SaoState } from '../../src/negotiation/sao-types.ts';
import type { AspirationCurve } from './aspiration-curve.ts';
import { OutcomeLadder } from './outcome-ladder.ts';

export interface CurveNegotiatorOptions {
  /** Relative aspiration a(t). */
  readonly curve: AspirationCurve;
  /** ε: 0.001 for the aspiration negotiator, 0.0001 for the other time-based negotiators. */
  readonly tolerance: number;
  /**
   * true: NegMAS's default inverter, which only knows outcomes with u >= r and offers nothing (breaking
   * the negotiation) when there is none; false: the aspiration negotiator's presorted list of all
   * outcomes, which offers the best outcome when none reaches the band.
   */
  readonly rationalOnly: boolean;
}

/**
 * A negotiator that offers the lowest-utility outcome at or above the band's lower end
 * max(u_min, u_min + a(t)(u_max - u_min) - ε) and accepts iff u(offer) reaches it (B.1); r > u_max
 * collapses the band to [r, r]. No allocation per call: one binary search or one `eval`.
 */
export function curveNegotiator(
  ctx: NegotiatorContext,
  options: CurveNegotiatorOptions,
): SaoNegotiator<Outcome> {
  const { curve, tolerance, rationalOnly } = options;
  const ufun = ctx.ufun;
  const ladder = OutcomeLadder.of(ctx.space, ufun);
  const r = Number.isNaN(ufun.reservedValue) ? -Infinity : ufun.reservedValue;
  const uMax = ladder.maxUtility;
  const uMin = Math.max(ladder.minUtility, r);
  const span = uMax - uMin;
  const collapsed = r > uMax;
  const size = ladder.size;
  // Propose and respond in one turn see the same t: compute the band once per distinct t.
  let lastT = NaN;
  let lastLower = 0;

  function lowerEnd(t: number): number {
    if (t !== lastT) {
      lastT = t;
      lastLower = collapsed ? r : Math.min(uMax, Math.max(uMin, uMin + curve(t) * span - tolerance));
    }
    return lastLower;
  }

  return {
    propose(state: SaoState<Outcome>): Outcome | null {
      const i = ladder.lowerBound(lowerEnd(state.relativeTime));
      if (i < size) return ladder.at(i);
      return rationalOnly ? null : ladder.at(ladder.bestIndex);
    },
    respond(state: SaoState<Outcome>, offer: Outcome): SaoResponse {
      // The upper end (u_max) is not checked: an off-grid offer above it is only better (our choice).
      return ufun.eval(offer) >= lowerEnd(state.relativeTime) ? 'accept' : 'reject';
    },
  };
}

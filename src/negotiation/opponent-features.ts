import { featureAnchors, type FeatureAnchors } from './feature-anchors.ts';
import type { Outcome } from './issue.ts';
import type { UtilityFunction } from './utility-function.ts';
import { utilityVectors } from './utility-vectors.ts';

/** The opponent features of negotiation.md B.7.3, all in [0, 1]. */
export interface OpponentFeatures {
  /** Concession rate (eq. 1): null when the opponent made no offer. */
  readonly cr: number | null;
  /** Average rate (eq. 2): null when the opponent made no offer. */
  readonly ar: number | null;
  /** Default configuration performance (eq. 3). */
  readonly dcp: number;
}

export interface OpponentFeaturesOptions {
  /** The opponent's offers so far (for CR^t, AR^t pass those up to round t). */
  readonly opponentOffers: readonly Outcome[];
  /**
   * The agreement; null means none, scored at our reserved value (our choice, B.7.1 "score all runs").
   * During a negotiation pass the opponent's last offer instead (DCP^t, seed 003 §4.1).
   */
  readonly agreement: Outcome | null;
  /** Precomputed anchors; otherwise `outcomes` is needed to find ω⁺, ω⁻ and the maxima. */
  readonly anchors?: FeatureAnchors;
  readonly outcomes?: readonly Outcome[];
}

/**
 * CR, AR and DCP (negotiation.md B.7.3) from our side: utilities are divided by their maxima (max 1),
 * ω⁺ is our best outcome, ω⁻ the opponent's best. `opponent` is its true utility function (metrics,
 * clustering) or an opponent model (running features).
 *   CR  = 1 if u_o(x_o) ≤ u_o(ω⁺), else (1 − u_o(x_o)) / (1 − u_o(ω⁺)), x_o its lowest-u_o offer;
 *   AR  = the same with the mean u_o of its offers;
 *   DCP = 0 if u(ω_a) ≤ u(ω⁻), else (u(ω_a) − u(ω⁻)) / (1 − u(ω⁻)).
 * Maxima must be positive; otherwise the features are NaN.
 */
export function opponentFeatures(
  own: UtilityFunction<Outcome>,
  opponent: UtilityFunction<Outcome>,
  options: OpponentFeaturesOptions,
): OpponentFeatures {
  let anchors = options.anchors;
  if (anchors === undefined) {
    if (options.outcomes === undefined) throw new RangeError('opponentFeatures() needs anchors or outcomes');
    anchors = featureAnchors(utilityVectors([own, opponent], options.outcomes));
  }
  const { ownMax, opponentMax } = anchors;
  if (!(ownMax > 0) || !(opponentMax > 0)) return { cr: NaN, ar: NaN, dcp: NaN };
  const plus = anchors.opponentAtOwnBest / opponentMax;
  let cr: number | null = null;
  let ar: number | null = null;
  if (options.opponentOffers.length > 0) {
    let lowest = Infinity;
    let sum = 0;
    for (const offer of options.opponentOffers) {
      const uo = opponent.eval(offer) / opponentMax;
      lowest = Math.min(lowest, uo);
      sum += uo;
    }
    cr = concession(lowest, plus);
    ar = concession(sum / options.opponentOffers.length, plus);
  }
  const minus = anchors.ownAtOpponentBest / ownMax;
  const agreed = own.eval(options.agreement) / ownMax;
  const dcp = agreed <= minus ? 0 : (agreed - minus) / (1 - minus);
  return { cr, ar, dcp };
}

/** Eqs. 1–2: the fraction of the possible concession (1 down to u_o(ω⁺)) that was made. */
function concession(uo: number, plus: number): number {
  return uo <= plus ? 1 : (1 - uo) / (1 - plus);
}

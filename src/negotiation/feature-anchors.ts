import type { UtilityVector } from './utility-vectors.ts';

/** The reference points of CR, AR and DCP (negotiation.md B.7.3), on the raw utility scale. */
export interface FeatureAnchors {
  /** Our maximum utility (the normaliser: utilities are divided by it to get max 1). */
  readonly ownMax: number;
  /** The opponent's maximum utility. */
  readonly opponentMax: number;
  /** u_o(ω⁺): the opponent's utility of the outcome best for us. */
  readonly opponentAtOwnBest: number;
  /** u(ω⁻): our utility of the outcome best for the opponent. */
  readonly ownAtOpponentBest: number;
}

export interface FeatureAnchorsOptions {
  /** Position of our utility in each vector (default 0). */
  readonly own?: number;
  /** Position of the opponent's utility (default 1). */
  readonly opponent?: number;
}

/**
 * ω⁺ and ω⁻ of B.7.3 found over utility vectors. Among outcomes equally best for one side, the one
 * best for the other side is taken (our choice: the Pareto-optimal extreme).
 */
export function featureAnchors(
  utilityVectors: readonly UtilityVector[],
  options: FeatureAnchorsOptions = {},
): FeatureAnchors {
  const own = options.own ?? 0;
  const opp = options.opponent ?? 1;
  if (utilityVectors.length === 0) throw new RangeError('featureAnchors() needs at least one outcome');
  let ownMax = -Infinity;
  let opponentMax = -Infinity;
  let opponentAtOwnBest = -Infinity;
  let ownAtOpponentBest = -Infinity;
  for (const v of utilityVectors) {
    const u = v[own];
    const uo = v[opp];
    if (u === undefined || uo === undefined)
      throw new RangeError(`utility vectors need positions ${own} and ${opp}`);
    if (u > ownMax || (u === ownMax && uo > opponentAtOwnBest)) {
      ownMax = u;
      opponentAtOwnBest = uo;
    }
    if (uo > opponentMax || (uo === opponentMax && u > ownAtOpponentBest)) {
      opponentMax = uo;
      ownAtOpponentBest = u;
    }
  }
  return { ownMax, opponentMax, opponentAtOwnBest, ownAtOpponentBest };
}

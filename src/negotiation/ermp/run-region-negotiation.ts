import type { ConvexRegion } from './convex-region.ts';
import type { Point } from './point.ts';
import type {
  RegionNegotiator,
  RegionOffer,
  RegionResponse,
  RegionResult,
  RegionStatus,
} from './region-types.ts';

export interface RegionNegotiationOptions {
  /** The first mover opens; default 0. */
  readonly first?: 0 | 1;
  /** Cap on interactions (pairs of proposals); default 100 (negotiation.md C.1.6). */
  readonly maxInteractions?: number;
  /**
   * The agents' true areas, when the caller knows them (experiments, tests): the protocol then checks
   * honesty — every offer inside its proposer's area, every acceptance inside the acceptor's, and no
   * offer inside the receiver's area rejected (C.1.1) — and ends with 'error' on a breach.
   */
  readonly areas?: readonly [ConvexRegion, ConvexRegion];
  readonly transcript?: boolean;
}

/**
 * Proposal-based negotiation between two agents over a plane of two issues (negotiation.md C.1.1):
 * one agent opens, then each answers the other's latest offer by accepting it (which ends the
 * negotiation) or with a counter-offer; an agent may end without agreement; the interaction cap ends
 * it as 'timedout'. Exceptions and protocol breaches end it as 'error'.
 */
export function runRegionNegotiation(
  negotiators: readonly [RegionNegotiator, RegionNegotiator],
  options: RegionNegotiationOptions = {},
): RegionResult {
  const maxProposals = 2 * (options.maxInteractions ?? 100);
  const areas = options.areas;
  const transcript: RegionOffer[] | null = options.transcript ? [] : null;
  let proposals = 0;
  const end = (
    status: RegionStatus,
    actor: number,
    agreement: Point | null,
    message: string | null = null,
  ): RegionResult => ({
    status,
    agreement,
    proposals,
    interactions: Math.ceil(proposals / 2),
    actor,
    errorMessage: message,
    transcript: transcript ?? [],
  });
  let turn: number = options.first ?? 0;
  let offer: Point | null;
  try {
    offer = (negotiators[turn] as RegionNegotiator).open();
  } catch (err: unknown) {
    return end('error', turn, null, err instanceof Error ? err.message : String(err));
  }
  if (offer === null) return end('ended', turn, null);
  for (;;) {
    if (!isPoint(offer))
      return end('error', turn, null, `region/invalid_offer: agent ${turn} offered a non-point`);
    if (areas !== undefined && !(areas[turn] as ConvexRegion).contains(offer))
      return end(
        'error',
        turn,
        null,
        `region/dishonest_offer: agent ${turn} offered (${offer.x}, ${offer.y}) outside its area`,
      );
    proposals++;
    transcript?.push({ by: turn, point: offer });
    const other = 1 - turn;
    let answer: RegionResponse;
    try {
      answer = (negotiators[other] as RegionNegotiator).respond(offer);
    } catch (err: unknown) {
      return end('error', other, null, err instanceof Error ? err.message : String(err));
    }
    const inside = areas === undefined ? null : (areas[other] as ConvexRegion).contains(offer);
    switch (answer.kind) {
      case 'accept':
        if (inside === false)
          return end(
            'error',
            other,
            null,
            `region/dishonest_accept: agent ${other} accepted outside its area`,
          );
        return end('agreement', other, offer);
      case 'end':
      case 'offer':
        if (inside === true)
          return end(
            'error',
            other,
            null,
            `region/rejected_acceptable: agent ${other} rejected an offer inside its area`,
          );
        if (answer.kind === 'end') return end('ended', other, null);
        if (proposals >= maxProposals) return end('timedout', -1, null);
        offer = answer.point;
        turn = other;
        break;
      default:
        return end('error', other, null, 'region/unknown_response');
    }
  }
}

function isPoint(p: unknown): p is Point {
  return (
    typeof p === 'object' &&
    p !== null &&
    Number.isFinite((p as { x?: unknown }).x) &&
    Number.isFinite((p as { y?: unknown }).y)
  );
}

/** Types of proposal-based negotiation over convex regions (negotiation.md C.1: RMP and ERMP). */
import type { Rng } from '../../core/rng.ts';
import type { ConvexRegion } from './convex-region.ts';
import type { Point } from './point.ts';

/** An answer to the opponent's offer: accept it, counter-offer a point, or end without agreement. */
export type RegionResponse =
  { readonly kind: 'accept' } | { readonly kind: 'offer'; readonly point: Point } | { readonly kind: 'end' };

/** A party to a region negotiation. Honest: offers only points of its own area (C.1.1). */
export interface RegionNegotiator {
  /** The opening offer (only the first mover is asked), or null to end at once. */
  open(): Point | null;
  /** The answer to the opponent's latest offer. */
  respond(offer: Point): RegionResponse;
}

/** Everything a negotiator is told when it joins: its own private area and stream. */
export interface RegionNegotiatorContext {
  readonly region: ConvexRegion;
  readonly rng: Rng;
}

/** A named negotiator type: one fresh negotiator per negotiation. */
export interface RegionNegotiatorFactory {
  readonly name: string;
  readonly description: string;
  create(context: RegionNegotiatorContext): RegionNegotiator;
}

/** How a region negotiation ended: agreement, an agent ended it, the interaction cap, or a fault. */
export type RegionStatus = 'agreement' | 'ended' | 'timedout' | 'error';

/** One offer of the transcript. */
export interface RegionOffer {
  readonly by: number;
  readonly point: Point;
}

/** The record of a region negotiation. */
export interface RegionResult {
  readonly status: RegionStatus;
  readonly agreement: Point | null;
  /** Offers made, the accepted one included. */
  readonly proposals: number;
  /** Interactions: pairs of proposals, ⌈proposals / 2⌉ (the seed: "after two interactions, the agents have exchanged four proposals"). */
  readonly interactions: number;
  /** The agent that accepted or ended, or that failed; -1 on time-out. */
  readonly actor: number;
  readonly errorMessage: string | null;
  /** Every offer, when asked for; otherwise empty. */
  readonly transcript: readonly RegionOffer[];
}

/**
 * Types of the stacked alternating offers (SAO) protocol (negotiation.md A.1). Generic over the
 * outcome type so the league can negotiate `{ quantity, deliveryDay, unitPrice }` records directly.
 */

/**
 * A negotiator's answer to the standing offer. 'reject' is always followed by a `propose` call for the
 * counter-offer; 'skip' is NegMAS's NO_RESPONSE (the turn passes); 'wait' stops the round until the
 * next pass (sync controllers).
 */
export type SaoResponse = 'accept' | 'reject' | 'end' | 'wait' | 'skip';

/** What a negotiator sees when it is called. A fresh value each call: keeping it is safe. */
export interface SaoState<O> {
  /** Round index, 0-based. */
  readonly step: number;
  /** (step + 1) / (nSteps + 1): never 0 or 1 inside the rounds (negotiation.md A.1.3). */
  readonly relativeTime: number;
  readonly nSteps: number;
  /** The standing offer, or null before the first offer. */
  readonly currentOffer: O | null;
  /** Index of the negotiator that made the standing offer, or -1. */
  readonly currentProposer: number;
}

/** A party to an SAO negotiation. */
export interface SaoNegotiator<O> {
  /** The offer to make now (opening or counter-offer); null walks away (ends the negotiation). */
  propose(state: SaoState<O>): O | null;
  /** The answer to the standing offer `offer`. */
  respond(state: SaoState<O>, offer: O): SaoResponse;
}

/** How a negotiation ended (negotiation.md A.1.5). */
export type SaoStatus = 'running' | 'agreement' | 'broken' | 'timedout' | 'error';

/** One action in a negotiation's transcript. 'offer' is an opening or counter-offer. */
export interface SaoAction<O> {
  readonly round: number;
  readonly actor: number;
  readonly kind: 'offer' | 'accept' | 'end' | 'wait' | 'skip' | 'invalid' | 'error';
  readonly outcome?: O;
  readonly message?: string;
}

/** The final record of a negotiation. */
export interface SaoResult<O> {
  readonly status: Exclude<SaoStatus, 'running'>;
  readonly agreement: O | null;
  /** Round counter at the end: the round of agreement or break + 1, or nSteps when timed out. */
  readonly rounds: number;
  /** Relative time of the round in which it ended. */
  readonly relativeTime: number;
  readonly lastOffer: O | null;
  readonly lastProposer: number;
  /** Index of the negotiator whose call failed (status 'error'), else -1. */
  readonly erredNegotiator: number;
  readonly errorMessage: string | null;
  /** Every action, when the mechanism was asked to keep a transcript; otherwise empty. */
  readonly transcript: readonly SaoAction<O>[];
}

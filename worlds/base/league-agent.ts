import type { Rng } from '../../src/core/rng.ts';
import type { LeagueUfun } from './league-ufun.ts';
import type { LeagueView } from './league-view.ts';
import type { LeagueContract, LeagueNegotiationState, LeagueOffer } from './league-types.ts';

/** A sync agent's answer for one negotiation: accept the offer, reject with a counter-offer, or end. */
export interface LeagueDecision {
  readonly response: 'accept' | 'reject' | 'end';
  /** The counter-offer with 'reject' (null or missing ends the negotiation); ignored otherwise. */
  readonly offer?: LeagueOffer | null;
}

/** What an agent is given when the world creates it. */
export interface LeagueAgentContext {
  /** The agent's read-only, frozen view of the world (the reference's AWI). */
  readonly view: LeagueView;
  /** The agent's own seeded stream. */
  readonly rng: Rng;
  /** Parameters from the world config (`agentParams`), if any. */
  readonly params: Readonly<Record<string, unknown>>;
  /** Today's profit function (a new one every morning). */
  ufun(): LeagueUfun;
}

/** Day callbacks shared by both agent styles (league-rules.md §13.1). All optional. */
export interface LeagueAgentCallbacks {
  /** Once, on day 0, before the first day's negotiations. */
  init?(): void;
  /** Every day, after exogenous contracts and negotiations exist, before any offer. */
  beforeStep?(): void;
  /** Every day, after contract execution, before profits are booked. */
  step?(): void;
  onNegotiationSuccess?(contract: LeagueContract): void;
  onNegotiationFailure?(partner: string): void;
}

/** Per-negotiation style (OneShotAgent): propose and respond for each partner separately. */
export interface NegotiatingAgent extends LeagueAgentCallbacks {
  readonly style: 'negotiation';
  /** The offer to make to `partner` now; null ends that negotiation. */
  propose(partner: string, state: LeagueNegotiationState): LeagueOffer | null;
  /** The answer to `partner`'s standing offer. Default: accept iff it equals what `propose` returns now. */
  respond?(partner: string, state: LeagueNegotiationState, offer: LeagueOffer): 'accept' | 'reject' | 'end';
}

/** Sync style (OneShotSyncAgent): first proposals to everyone, then one joint answer to all current offers. */
export interface SyncAgent extends LeagueAgentCallbacks {
  readonly style: 'sync';
  /** Opening offers by partner; null (or a missing partner) ends that negotiation. */
  firstProposals(): Readonly<Record<string, LeagueOffer | null>>;
  /** Answers to the offers held, by partner; a partner missing from the result is ended. */
  counterAll(
    offers: Readonly<Record<string, LeagueOffer>>,
    states: Readonly<Record<string, LeagueNegotiationState>>,
  ): Readonly<Record<string, LeagueDecision>>;
}

export type LeagueAgent = NegotiatingAgent | SyncAgent;

/** A named agent type that can run a factory in the OneShot and/or Std worlds. */
export interface LeagueAgentType {
  /** Command-line name, e.g. `GreedyOneShot`. */
  readonly name: string;
  readonly description: string;
  /** Worlds it may run in. */
  readonly worlds: readonly ('oneshot' | 'std')[];
  create(context: LeagueAgentContext): LeagueAgent;
}

const NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** Checks and returns an agent type: a plain object with a name, a description and `create` (style.md §6.8). */
export function defineLeagueAgent(type: LeagueAgentType): LeagueAgentType {
  if (!NAME.test(type.name)) {
    throw new TypeError(
      `agent name '${type.name}' is not allowed: use letters, digits, '-' or '_', starting with a letter`,
    );
  }
  if (type.worlds.length === 0)
    throw new TypeError(`agent '${type.name}' must name at least one world it runs in`);
  if (typeof type.create !== 'function')
    throw new TypeError(`agent '${type.name}' needs a create(context) function`);
  return Object.freeze({ ...type, worlds: Object.freeze(type.worlds.slice()) });
}

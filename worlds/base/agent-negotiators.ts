import { type FaultKind, faultKindOf } from './fault-kind.ts';
import type { SaoNegotiator, SaoResponse, SaoState } from '../../src/negotiation/sao-types.ts';
import { type SyncDecision, type SyncPolicy, SyncController } from '../../src/negotiation/sync-controller.ts';
import type { LeagueAgent, LeagueDecision, NegotiatingAgent, SyncAgent } from './league-agent.ts';
import type { LeagueOffer } from './league-types.ts';

type FaultSink = (callback: string, kind: FaultKind, message: string) => void;

/** Builds one day's negotiators for one agent: one per partner, all sharing a sync controller for sync agents. */
export interface DayNegotiatorSource {
  negotiatorFor(partner: string): SaoNegotiator<LeagueOffer>;
  /** The world reports each negotiation's end here at once (before any further negotiator call). */
  ended?(partner: string): void;
}

const RESPONSES = new Set(['accept', 'reject', 'end']);

/** Whether a value is shaped like an offer (an object of three finite numbers); the range check is the mechanism's. */
function isOfferShaped(o: unknown): boolean {
  if (o === null || typeof o !== 'object') return false;
  const r = o as Record<string, unknown>;
  return (
    Number.isFinite(r['quantity']) && Number.isFinite(r['deliveryDay']) && Number.isFinite(r['unitPrice'])
  );
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Records an exception of an agent's call as a fault and rethrows it. */
function fail(onFault: FaultSink, callback: string, err: unknown): never {
  onFault(callback, faultKindOf(err), errorMessage(err));
  throw err;
}

/** An agent's offer, recorded as a fault when malformed (it stays: the mechanism's check rejects it). */
function checkOffer(
  onFault: FaultSink,
  callback: string,
  o: LeagueOffer | null | undefined,
): LeagueOffer | null {
  if (o === null || o === undefined) return null;
  if (!isOfferShaped(o))
    onFault(callback, 'invalid-output', `not an offer of three finite numbers: ${JSON.stringify(o)}`);
  return o;
}

/**
 * Adapts a league agent to SAO negotiators for today (league-rules.md §5.5). Exceptions are recorded as
 * faults and rethrown so the mechanism ends that negotiation with status 'error'; malformed offers and
 * unknown responses are recorded and end the negotiation.
 */
export function dayNegotiators(
  agent: LeagueAgent,
  isRunning: (partner: string) => boolean,
  onFault: FaultSink,
): DayNegotiatorSource {
  if (agent.style === 'sync') {
    return new SyncController(new SyncAgentPolicy(agent, onFault), isRunning, { reportsEnds: true });
  }
  return {
    negotiatorFor(partner) {
      return new PartnerNegotiator(agent, partner, onFault);
    },
  };
}

/**
 * A sync agent as its controller's policy: records in, maps out. Classes here rather than closures:
 * these are built for every agent and negotiation every day.
 */
class SyncAgentPolicy implements SyncPolicy<string, LeagueOffer> {
  readonly #agent: SyncAgent;
  readonly #onFault: FaultSink;

  constructor(agent: SyncAgent, onFault: FaultSink) {
    this.#agent = agent;
    this.#onFault = onFault;
  }

  firstProposals(): ReadonlyMap<string, LeagueOffer | null> {
    let proposals: Readonly<Record<string, LeagueOffer | null>>;
    try {
      proposals = this.#agent.firstProposals();
    } catch (err: unknown) {
      return fail(this.#onFault, 'firstProposals', err);
    }
    const out = new Map<string, LeagueOffer | null>();
    for (const partner of Object.keys(proposals ?? {})) {
      out.set(partner, checkOffer(this.#onFault, 'firstProposals', proposals[partner]));
    }
    return out;
  }

  counterAll(
    offers: ReadonlyMap<string, LeagueOffer>,
    states: ReadonlyMap<string, SaoState<LeagueOffer>>,
  ): ReadonlyMap<string, SyncDecision<LeagueOffer>> {
    const o: Record<string, LeagueOffer> = {};
    const s: Record<string, SaoState<LeagueOffer>> = {};
    for (const [k, v] of offers) o[k] = v;
    for (const [k, v] of states) s[k] = v;
    let decisions: Readonly<Record<string, LeagueDecision>>;
    try {
      decisions = this.#agent.counterAll(Object.freeze(o), Object.freeze(s));
    } catch (err: unknown) {
      return fail(this.#onFault, 'counterAll', err);
    }
    const out = new Map<string, SyncDecision<LeagueOffer>>();
    for (const partner of Object.keys(decisions ?? {})) {
      const d = decisions[partner] as LeagueDecision;
      if (d === null || typeof d !== 'object' || !RESPONSES.has(d.response)) {
        this.#onFault('counterAll', 'invalid-output', `not a decision for ${partner}: ${JSON.stringify(d)}`);
        continue; // missing: the controller ends that negotiation
      }
      out.set(partner, {
        response: d.response,
        outcome: checkOffer(this.#onFault, 'counterAll', d.offer ?? null),
      });
    }
    return out;
  }
}

/** A per-negotiation agent's negotiator for one partner (the hottest path of a world). */
class PartnerNegotiator implements SaoNegotiator<LeagueOffer> {
  readonly #agent: NegotiatingAgent;
  readonly #partner: string;
  readonly #onFault: FaultSink;

  constructor(agent: NegotiatingAgent, partner: string, onFault: FaultSink) {
    this.#agent = agent;
    this.#partner = partner;
    this.#onFault = onFault;
  }

  propose(state: SaoState<LeagueOffer>): LeagueOffer | null {
    let offer: LeagueOffer | null;
    try {
      offer = this.#agent.propose(this.#partner, state);
    } catch (err: unknown) {
      return fail(this.#onFault, 'propose', err);
    }
    return checkOffer(this.#onFault, 'propose', offer);
  }

  respond(state: SaoState<LeagueOffer>, offer: LeagueOffer): SaoResponse {
    if (this.#agent.respond === undefined) {
      // The reference's default: accept iff the offer equals what propose returns now.
      const mine = this.propose(state);
      const same =
        mine !== null &&
        mine.quantity === offer.quantity &&
        mine.deliveryDay === offer.deliveryDay &&
        mine.unitPrice === offer.unitPrice;
      return same ? 'accept' : 'reject';
    }
    let response: unknown;
    try {
      response = this.#agent.respond(this.#partner, state, offer);
    } catch (err: unknown) {
      return fail(this.#onFault, 'respond', err);
    }
    if (typeof response !== 'string' || !RESPONSES.has(response)) {
      this.#onFault('respond', 'invalid-output', `not a response: ${JSON.stringify(response)}`);
      return 'end';
    }
    return response as SaoResponse;
  }
}

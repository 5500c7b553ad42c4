import type { SaoNegotiator, SaoResponse, SaoState } from './sao-types.ts';

/** A joint answer of a sync controller for one negotiation: the response and, for a reject, the counter-offer. */
export interface SyncDecision<O> {
  readonly response: 'accept' | 'reject' | 'end';
  readonly outcome: O | null;
}

/** What a sync controller's owner implements (the league's OneShotSyncAgent: first_proposals, counter_all). */
export interface SyncPolicy<K, O> {
  firstProposals(): ReadonlyMap<K, O | null>;
  /** `offers` and `states` are the controller's own tables, cleared after the call: copy what you keep. */
  counterAll(offers: ReadonlyMap<K, O>, states: ReadonlyMap<K, SaoState<O>>): ReadonlyMap<K, SyncDecision<O>>;
}

/**
 * One controller owning many negotiations and answering them jointly, as NegMAS's SAOSyncController
 * (negotiation.md A.2.2, league-rules.md §5.5): it answers WAIT until it holds an offer in every active
 * negotiation (or has waited k times in this one), then calls `counterAll` once and replays the saved
 * decisions as its negotiations come round.
 */
export class SyncController<K, O> {
  readonly #policy: SyncPolicy<K, O>;
  readonly #isActive: (key: K) => boolean;
  readonly #keys: K[] = [];
  readonly #responses = new Map<K, SaoResponse>();
  readonly #proposals = new Map<K, O | null>();
  readonly #offers = new Map<K, O>();
  readonly #states = new Map<K, SaoState<O>>();
  readonly #waits = new Map<K, number>();
  #collectedFirstProposals = false;

  /** `isActive(key)`: whether that negotiation is running or not yet started. */
  constructor(policy: SyncPolicy<K, O>, isActive: (key: K) => boolean) {
    this.#policy = policy;
    this.#isActive = isActive;
  }

  /** The negotiator to place in negotiation `key`. */
  negotiatorFor(key: K): SaoNegotiator<O> {
    this.#keys.push(key);
    // Bound, not arrows: made for every negotiation every day, and tsx names each arrow it creates.
    return { propose: this.#propose.bind(this, key), respond: this.#respond.bind(this, key) };
  }

  #storeFirstProposals(): void {
    this.#proposals.clear();
    for (const [k, o] of this.#policy.firstProposals()) this.#proposals.set(k, o);
    this.#collectedFirstProposals = true;
  }

  #propose(key: K, _state: SaoState<O>): O | null {
    if (this.#proposals.size === 0) this.#storeFirstProposals();
    let proposal: O | null;
    if (this.#proposals.has(key)) {
      proposal = this.#proposals.get(key) ?? null;
    } else {
      // No saved proposal: first proposals are recomputed and replace the whole table (§5.5).
      this.#storeFirstProposals();
      proposal = this.#proposals.get(key) ?? null;
    }
    this.#proposals.delete(key);
    this.#waits.delete(key);
    this.#responses.delete(key);
    this.#offers.delete(key);
    this.#states.delete(key);
    return proposal;
  }

  #respond(key: K, state: SaoState<O>, offer: O): SaoResponse {
    const saved = this.#responses.get(key);
    if (saved !== undefined) {
      this.#responses.delete(key);
      return saved;
    }
    this.#offers.set(key, offer);
    this.#states.set(key, state);
    const waits = this.#waits.get(key) ?? 0;
    // Wait while fewer offers are held, and fewer waits made here, than negotiations are active:
    // counting active ones can stop as soon as it passes both (this runs every round of every one).
    const bound = Math.max(this.#offers.size, waits);
    let active = 0;
    for (const k of this.#keys) if (this.#isActive(k) && ++active > bound) break;
    if (active > bound) {
      this.#waits.set(key, waits + 1);
      return 'wait';
    }
    // Deleting the entry being visited is safe in a Map iteration.
    for (const k of this.#offers.keys()) {
      if (!this.#isActive(k)) {
        this.#offers.delete(k);
        this.#states.delete(k);
      }
    }
    if (!this.#collectedFirstProposals) this.#storeFirstProposals();
    const decisions = this.#policy.counterAll(this.#offers, this.#states);
    for (const k of this.#keys) {
      const d = decisions.get(k);
      // Missing: END. A reject with no counter-offer ends the negotiation when the mechanism asks for it.
      this.#responses.set(k, d?.response ?? 'end');
      this.#proposals.set(k, d?.outcome ?? null);
    }
    this.#offers.clear();
    this.#states.clear();
    const mine = this.#responses.get(key) ?? 'reject';
    this.#responses.delete(key);
    return mine;
  }
}

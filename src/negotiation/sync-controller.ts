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

export interface SyncControllerOptions {
  /**
   * The owner calls `ended(key)` as soon as a negotiation stops being active, before the controller is
   * called again: the controller then counts active negotiations instead of asking `isActive` about
   * each one on every call (unless a key is placed twice, when the count would be ambiguous).
   */
  readonly reportsEnds?: boolean;
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
  // Per-negotiation tables indexed by slot rather than Maps keyed by K: they are read and written on
  // every call, and a key placed twice shares one slot, as it shared one Map entry.
  readonly #slots: number[] = [];
  readonly #slotOf = new Map<K, number>();
  readonly #responses: (SaoResponse | undefined)[] = [];
  readonly #hasProposal: boolean[] = [];
  readonly #proposals: (O | null)[] = [];
  readonly #waits: number[] = [];
  /** Saved proposals: slots holding one plus first proposals for keys of no negotiation here. */
  #nProposals = 0;
  readonly #offers = new Map<K, O>();
  readonly #states = new Map<K, SaoState<O>>();
  #collectedFirstProposals = false;
  /** Whether active negotiations are counted from `ended` reports rather than asked about. */
  #counting: boolean;
  #nActive = 0;
  readonly #ended: boolean[] = [];

  /** `isActive(key)`: whether that negotiation is running or not yet started. */
  constructor(policy: SyncPolicy<K, O>, isActive: (key: K) => boolean, options: SyncControllerOptions = {}) {
    this.#policy = policy;
    this.#isActive = isActive;
    this.#counting = options.reportsEnds ?? false;
  }

  /** Negotiation `key` is no longer active (with `reportsEnds`; otherwise ignored). */
  ended(key: K): void {
    const slot = this.#slotOf.get(key);
    if (slot === undefined || this.#ended[slot]) return;
    this.#ended[slot] = true;
    this.#nActive--;
  }

  /** The negotiator to place in negotiation `key`. */
  negotiatorFor(key: K): SaoNegotiator<O> {
    let slot = this.#slotOf.get(key);
    if (slot === undefined) {
      slot = this.#slotOf.size;
      this.#slotOf.set(key, slot);
      this.#responses.push(undefined);
      this.#hasProposal.push(false);
      this.#proposals.push(null);
      this.#waits.push(0);
      this.#ended.push(false);
    } else {
      this.#counting = false;
    }
    this.#nActive++;
    this.#keys.push(key);
    this.#slots.push(slot);
    // Bound, not arrows: made for every negotiation every day, and tsx names each arrow it creates.
    return { propose: this.#propose.bind(this, slot, key), respond: this.#respond.bind(this, slot, key) };
  }

  #storeFirstProposals(): void {
    this.#hasProposal.fill(false);
    this.#proposals.fill(null);
    this.#nProposals = 0;
    for (const [k, o] of this.#policy.firstProposals()) {
      const slot = this.#slotOf.get(k);
      if (slot !== undefined) this.#setProposal(slot, o);
      else this.#nProposals++; // the policy's keys are distinct (a Map's)
    }
    this.#collectedFirstProposals = true;
  }

  #setProposal(slot: number, proposal: O | null): void {
    if (!this.#hasProposal[slot]) {
      this.#hasProposal[slot] = true;
      this.#nProposals++;
    }
    this.#proposals[slot] = proposal;
  }

  #propose(slot: number, key: K, _state: SaoState<O>): O | null {
    if (this.#nProposals === 0) this.#storeFirstProposals();
    // No saved proposal: first proposals are recomputed and replace the whole table (§5.5).
    if (!this.#hasProposal[slot]) this.#storeFirstProposals();
    const proposal = this.#hasProposal[slot] ? (this.#proposals[slot] ?? null) : null;
    if (this.#hasProposal[slot]) {
      this.#hasProposal[slot] = false;
      this.#proposals[slot] = null;
      this.#nProposals--;
    }
    this.#waits[slot] = 0;
    this.#responses[slot] = undefined;
    this.#offers.delete(key);
    this.#states.delete(key);
    return proposal;
  }

  #respond(slot: number, key: K, state: SaoState<O>, offer: O): SaoResponse {
    const saved = this.#responses[slot];
    if (saved !== undefined) {
      this.#responses[slot] = undefined;
      return saved;
    }
    this.#offers.set(key, offer);
    this.#states.set(key, state);
    const waits = this.#waits[slot] as number;
    // Wait while fewer offers are held, and fewer waits made here, than negotiations are active:
    // counting active ones can stop as soon as it passes both (this runs every round of every one).
    const bound = Math.max(this.#offers.size, waits);
    let active = 0;
    if (this.#counting) active = this.#nActive;
    else for (const k of this.#keys) if (this.#isActive(k) && ++active > bound) break;
    if (active > bound) {
      this.#waits[slot] = waits + 1;
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
    for (let j = 0; j < this.#keys.length; j++) {
      const d = decisions.get(this.#keys[j] as K);
      const s = this.#slots[j] as number;
      // Missing: END. A reject with no counter-offer ends the negotiation when the mechanism asks for it.
      this.#responses[s] = d?.response ?? 'end';
      this.#setProposal(s, d?.outcome ?? null);
    }
    this.#offers.clear();
    this.#states.clear();
    const mine = this.#responses[slot] ?? 'reject';
    this.#responses[slot] = undefined;
    return mine;
  }
}

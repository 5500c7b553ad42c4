import type { SaoAction, SaoNegotiator, SaoResponse, SaoResult, SaoState, SaoStatus } from './sao-types.ts';

export interface SaoMechanismOptions<O> {
  readonly negotiators: readonly SaoNegotiator<O>[];
  /** Number of rounds (NegMAS n_steps); the league uses 20. */
  readonly nSteps: number;
  /** Offer check (NegMAS check_offers): an offer failing it becomes "no offer" and breaks the negotiation. */
  readonly isValid: (outcome: O) => boolean;
  /** Applied to a valid offer before it stands (NegMAS cast_offers: e.g. a 3.7 unit price becomes 3). */
  readonly cast?: (outcome: O) => O;
  /** Keep every action in the result (costs memory; off for speed). */
  readonly transcript?: boolean;
  /** Consecutive WAITs allowed before the negotiation times out (NegMAS max_wait; default unlimited). */
  readonly maxWait?: number;
}

/**
 * The SAO protocol exactly as negotiation.md A.1 describes NegMAS 0.11.6: one `step()` is one round in
 * which every negotiator acts once in order (first-added opens), offering counts as accepting, a
 * rejection carries the counter-offer, 'end' or a missing/invalid counter-offer breaks it, WAIT stops
 * the round and resumes it on the next step, and the step after the last round times it out.
 *
 * Mutable inside for speed (this is the hottest loop of a world); negotiators only ever receive fresh
 * state values, and any exception they throw ends the negotiation with status 'error'.
 */
export class SaoMechanism<O> {
  readonly #negotiators: readonly SaoNegotiator<O>[];
  readonly #nSteps: number;
  readonly #isValid: (outcome: O) => boolean;
  readonly #cast: ((outcome: O) => O) | null;
  readonly #maxWait: number;
  readonly #transcript: SaoAction<O>[] | null;

  #step = 0;
  #status: SaoStatus = 'running';
  #offer: O | null = null;
  #proposer = -1;
  #acceptances = 0;
  #agreement: O | null = null;
  /** Index to resume the round from after a WAIT, or 0. */
  #resumeAt = 0;
  #waits = 0;
  #erred = -1;
  #errorMessage: string | null = null;
  #endTime = 0;

  constructor(options: SaoMechanismOptions<O>) {
    if (options.negotiators.length < 2)
      throw new RangeError('an SAO negotiation needs at least two negotiators');
    if (!Number.isInteger(options.nSteps) || options.nSteps < 1) {
      throw new RangeError(`nSteps must be a positive integer, got ${options.nSteps}`);
    }
    this.#negotiators = options.negotiators.slice();
    this.#nSteps = options.nSteps;
    this.#isValid = options.isValid;
    this.#cast = options.cast ?? null;
    this.#maxWait = options.maxWait ?? Infinity;
    this.#transcript = options.transcript ? [] : null;
  }

  get running(): boolean {
    return this.#status === 'running';
  }

  get status(): SaoStatus {
    return this.#status;
  }

  /** Rounds completed so far. */
  get round(): number {
    return this.#step;
  }

  get nSteps(): number {
    return this.#nSteps;
  }

  /** Whether the negotiation is paused in the middle of a round by a WAIT. */
  get waiting(): boolean {
    return this.#resumeAt > 0 || this.#waits > 0;
  }

  get currentOffer(): O | null {
    return this.#offer;
  }

  /** The state a negotiator would see now. */
  state(): SaoState<O> {
    return {
      step: this.#step,
      relativeTime: (this.#step + 1) / (this.#nSteps + 1),
      nSteps: this.#nSteps,
      currentOffer: this.#offer,
      currentProposer: this.#proposer,
    };
  }

  /**
   * One mechanism step: a full round, or the rest of a round paused by WAIT. A negotiation that has
   * played all its rounds is timed out by the next call (A.1.3), as NegMAS does. Returns `running`.
   */
  step(): boolean {
    if (this.#status !== 'running') return false;
    if (this.#step >= this.#nSteps) {
      this.#finish('timedout');
      return false;
    }
    const n = this.#negotiators.length;
    const round = this.#step;
    for (let i = this.#resumeAt; i < n; i++) {
      const negotiator = this.#negotiators[i] as SaoNegotiator<O>;
      const state = this.state();
      let response: SaoResponse;
      let counter: O | null = null;
      try {
        if (this.#offer === null) {
          response = 'reject';
          counter = negotiator.propose(state);
        } else {
          // A proposer called on its own offer starts its count afresh (A.1.2, offering_is_accepting).
          if (this.#proposer === i) this.#acceptances = 0;
          response = negotiator.respond(state, this.#offer);
          if (response === 'reject') counter = negotiator.propose(state);
        }
      } catch (err: unknown) {
        this.#erred = i;
        this.#errorMessage = err instanceof Error ? err.message : String(err);
        this.#log(round, i, 'error', undefined, this.#errorMessage);
        this.#roundEnded();
        this.#finish('error');
        return false;
      }
      if (response === 'wait') {
        this.#log(round, i, 'wait');
        this.#waits++;
        if (this.#waits > this.#maxWait) {
          this.#endTime = (this.#step + 1) / (this.#nSteps + 1);
          this.#finish('timedout');
          return false;
        }
        this.#resumeAt = i;
        return true;
      }
      this.#waits = 0;
      switch (response) {
        case 'accept':
          this.#log(round, i, 'accept', this.#offer ?? undefined);
          if (this.#offer === null) break; // accepting nothing counts nothing (A.1.2)
          this.#acceptances++;
          if (this.#acceptances >= n) {
            this.#agreement = this.#offer;
            this.#roundEnded();
            this.#finish('agreement');
            return false;
          }
          break;
        case 'reject':
          if (counter === null || !this.#isValid(counter)) {
            this.#log(round, i, counter === null ? 'end' : 'invalid', counter ?? undefined);
            this.#roundEnded();
            this.#finish('broken');
            return false;
          }
          if (this.#cast !== null) counter = this.#cast(counter);
          this.#log(round, i, 'offer', counter);
          this.#offer = counter;
          this.#proposer = i;
          this.#acceptances = 1;
          break;
        case 'end':
          this.#log(round, i, 'end');
          this.#roundEnded();
          this.#finish('broken');
          return false;
        case 'skip':
          this.#log(round, i, 'skip');
          break;
        default:
          // A response outside the protocol is the negotiator's fault, not the world's.
          this.#erred = i;
          this.#errorMessage = `negotiator returned an unknown response: ${String(response)}`;
          this.#log(round, i, 'error', undefined, this.#errorMessage);
          this.#roundEnded();
          this.#finish('error');
          return false;
      }
    }
    this.#roundEnded();
    return true;
  }

  /** Run rounds until the negotiation ends (stand-alone use; worlds interleave `step()` calls). */
  run(): SaoResult<O> {
    while (this.step());
    return this.result();
  }

  /** Ends a running negotiation from outside (a world excluding a bankrupt agent, a watchdog). */
  abort(status: 'broken' | 'timedout' | 'error', message?: string): void {
    if (this.#status !== 'running') return;
    if (message !== undefined) this.#errorMessage = message;
    this.#finish(status);
  }

  result(): SaoResult<O> {
    if (this.#status === 'running') throw new Error('result() is only available after the negotiation ended');
    return {
      status: this.#status,
      agreement: this.#agreement,
      rounds: this.#step,
      relativeTime: this.#endTime,
      lastOffer: this.#offer,
      lastProposer: this.#proposer,
      erredNegotiator: this.#erred,
      errorMessage: this.#errorMessage,
      transcript: this.#transcript ?? [],
    };
  }

  #roundEnded(): void {
    this.#endTime = (this.#step + 1) / (this.#nSteps + 1);
    this.#step++;
    this.#resumeAt = 0;
  }

  #finish(status: Exclude<SaoStatus, 'running'>): void {
    if (status === 'timedout' && this.#endTime === 0) this.#endTime = this.#step / (this.#nSteps + 1);
    this.#status = status;
  }

  #log(round: number, actor: number, kind: SaoAction<O>['kind'], outcome?: O, message?: string): void {
    if (this.#transcript === null) return;
    const action: {
      round: number;
      actor: number;
      kind: SaoAction<O>['kind'];
      outcome?: O;
      message?: string;
    } = {
      round,
      actor,
      kind,
    };
    if (outcome !== undefined) action.outcome = outcome;
    if (message !== undefined) action.message = message;
    this.#transcript.push(action);
  }
}

import { offerChecks } from '../base/offer-checks.ts';
import { runConcurrent } from '../../src/negotiation/run-concurrent.ts';
import { SaoMechanism } from '../../src/negotiation/sao-mechanism.ts';
import type { SaoNegotiator } from '../../src/negotiation/sao-types.ts';
import type { FactoryAgent, NegotiationRequestSpec } from './factory-agent.ts';
import type { FactoryConfig } from './factory-config.ts';
import type { FactoryOffer, NegotiationInfo } from './factory-types.ts';
import { checkRequest } from './negotiation-request.ts';

/** A negotiation between two factories, from request to end. */
export interface FactoryNegotiation {
  readonly info: NegotiationInfo;
  readonly requester: number;
  readonly partner: number;
  readonly mechanism: SaoMechanism<FactoryOffer>;
}

export interface NegotiationDeskOptions {
  readonly config: FactoryConfig;
  readonly names: readonly string[];
  readonly agents: readonly FactoryAgent[];
  readonly day: () => number;
  readonly bankrupt: (i: number) => boolean;
  readonly fault: (i: number, callback: string, message: string) => void;
  readonly logOffers: boolean;
  readonly firstId: number;
}

/**
 * Negotiation requests and runs (league-rules.md §16.3): checks a request, applies the per-pair cap
 * and the daily quota, asks the partner, and keeps the negotiation pending until the next
 * Negotiations phase, which steps every pending and carried-over negotiation for up to
 * `negotiation.speed` passes (a longer one continues the next day).
 */
export class NegotiationDesk {
  readonly #o: NegotiationDeskOptions;
  readonly #pairs = new Map<string, number>();
  readonly #requestsToday: number[];
  readonly #quota: number;
  #pending: FactoryNegotiation[] = [];
  #running: FactoryNegotiation[] = [];
  #nextId: number;
  accepted = 0;
  refused = 0;

  constructor(options: NegotiationDeskOptions) {
    this.#o = options;
    this.#nextId = options.firstId;
    this.#requestsToday = new Array<number>(options.names.length).fill(0);
    const n = options.config.rules.negotiation;
    this.#quota = n.quotaPerStep ?? Math.floor(((options.names.length + 2) * options.config.nSteps) / 2);
  }

  get nextId(): number {
    return this.#nextId;
  }

  /** Resets the per-pair counters (twice a day, at every SimulationStep; §16.3) and, at stage 0, the quotas. */
  resetCounters(newDay: boolean): void {
    this.#pairs.clear();
    if (newDay) this.#requestsToday.fill(0);
  }

  /** Requests accepted and refused since the last call. */
  takeCounts(): { accepted: number; refused: number } {
    const counts = { accepted: this.accepted, refused: this.refused };
    this.accepted = 0;
    this.refused = 0;
    return counts;
  }

  /** Counts one more request between the pair (request_negotiations counts twice: a reference quirk). */
  countPair(a: number, b: number): void {
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    this.#pairs.set(key, (this.#pairs.get(key) ?? 0) + 1);
  }

  /** Handles one request; the negotiation's id when the partner joined and it is pending, else null. */
  request(
    requester: number,
    partnerName: string,
    spec: NegotiationRequestSpec,
    negotiator: SaoNegotiator<FactoryOffer>,
  ): string | null {
    const o = this.#o;
    const partner = o.names.indexOf(partnerName);
    const refuse = (): null => {
      this.refused++;
      return null;
    };
    if (partner < 0 || o.bankrupt(requester) || o.bankrupt(partner)) return refuse();
    const check = checkRequest(o.config, requester, partner, spec);
    if (!check.ok) return refuse();
    const cap = o.config.rules.negotiation.maxRequestsPerPair;
    const key = requester < partner ? `${requester}|${partner}` : `${partner}|${requester}`;
    if (cap !== null && (this.#pairs.get(key) ?? 0) >= cap) return refuse();
    if ((this.#requestsToday[requester] as number) >= this.#quota) return refuse();
    this.#requestsToday[requester] = (this.#requestsToday[requester] as number) + 1;
    const info: NegotiationInfo = Object.freeze({
      id: `n${this.#nextId}`,
      product: spec.product,
      buyer: o.names[check.buyer] as string,
      seller: o.names[check.seller] as string,
      requester: o.names[requester] as string,
      issues: Object.freeze(check.issues),
      requestedDay: o.day(),
    });
    let answer: SaoNegotiator<FactoryOffer> | null = null;
    try {
      answer = o.agents[partner]?.respondToNegotiationRequest?.({ info, initiator: info.requester }) ?? null;
    } catch (err: unknown) {
      o.fault(partner, 'respondToNegotiationRequest', err instanceof Error ? err.message : String(err));
    }
    if (answer === null || typeof answer !== 'object') return refuse();
    this.#nextId++;
    this.#pairs.set(key, (this.#pairs.get(key) ?? 0) + 1);
    const issues = check.issues;
    const mechanism = new SaoMechanism<FactoryOffer>({
      negotiators: [negotiator, answer],
      nSteps: o.config.rules.negotiation.nSteps,
      isValid: (offer) => offerChecks.inIssues(offer, issues),
      cast: offerChecks.cast,
      transcript: o.logOffers,
      maxWait: o.names.length + 2,
    });
    this.#pending.push({ info, requester, partner, mechanism });
    this.accepted++;
    return info.id;
  }

  /**
   * The Negotiations phase: negotiations with a bankrupt party are ended first (our choice), then
   * every live one is stepped; `onEnd` runs as soon as each one ends.
   */
  run(onEnd: (n: FactoryNegotiation) => void): void {
    const batch = [...this.#running, ...this.#pending];
    this.#pending = [];
    const live: FactoryNegotiation[] = [];
    for (const n of batch) {
      if (this.#o.bankrupt(n.requester) || this.#o.bankrupt(n.partner)) {
        n.mechanism.abort('broken', 'a party went bankrupt');
        onEnd(n);
      } else live.push(n);
    }
    const ended = (n: FactoryNegotiation): void => {
      // A negotiator that threw (or answered outside the protocol) ended it with 'error': its agent's fault.
      const r = n.mechanism.result();
      if (r.status === 'error' && r.erredNegotiator >= 0) {
        this.#o.fault(
          r.erredNegotiator === 0 ? n.requester : n.partner,
          'negotiator',
          r.errorMessage ?? 'error',
        );
      }
      onEnd(n);
    };
    runConcurrent(
      live.map((n) => n.mechanism),
      {
        maxPasses: this.#o.config.rules.negotiation.speed,
        onEnd: (k) => ended(live[k] as FactoryNegotiation),
      },
    );
    this.#running = live.filter((n) => n.mechanism.running);
  }
}

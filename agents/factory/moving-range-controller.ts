// league-rules.md §16.9 MovingRangeAgent's SyncController (price weight 0.7, utility threshold 0.9,
// time threshold 0.9). The section names only these parameters; the rules below are our reading.
import { SyncController, type SyncDecision } from '../../src/negotiation/sync-controller.ts';
import type { SaoNegotiator } from '../../src/negotiation/sao-types.ts';
import type { FactoryIssues, FactoryOffer } from '../../worlds/factory/factory-types.ts';

const PRICE_WEIGHT = 0.7;
const UTILITY_THRESHOLD = 0.9;
const TIME_THRESHOLD = 0.9;

/**
 * One side's joint negotiator. Utility of an offer = 0.7 · price score (0 at the worst end of the
 * price range, 1 at the best) + 0.3 · quantity score (1 - |q - remaining need| / remaining need).
 * counterAll takes offers best first and accepts one when it fits the remaining need and its utility
 * is >= 0.9 or the relative time is >= 0.9 (and its day has not passed); once the need is met it ends
 * the rest; otherwise it counters with the remaining need, two days ahead where the range allows, at a
 * price conceding linearly to the middle of the range by the deadline.
 */
export class MovingRangeController {
  readonly sell: boolean;
  secured = 0;
  readonly #need: () => number;
  readonly #today: () => number;
  readonly #issues = new Map<string, FactoryIssues>();
  readonly #active = new Set<string>();
  readonly #sync: SyncController<string, FactoryOffer>;
  #time = 0;

  /** `need`: the agent's current need on this side, read at every decision; `today`: the current day. */
  constructor(sell: boolean, need: () => number, today: () => number = () => 0) {
    this.sell = sell;
    this.#need = need;
    this.#today = today;
    this.#sync = new SyncController<string, FactoryOffer>(
      {
        firstProposals: () => new Map([...this.#active].map((k) => [k, this.#proposal(k, 0)])),
        counterAll: (offers, states) => this.#counterAll(offers, states),
      },
      (k) => this.#active.has(k),
    );
  }

  /** A negotiator for negotiation `key` over its issues. */
  negotiator(key: string, issues: FactoryIssues): SaoNegotiator<FactoryOffer> {
    this.#issues.set(key, issues);
    this.#active.add(key);
    return this.#sync.negotiatorFor(key);
  }

  /** The negotiation ended, with the agreed quantity or null. */
  ended(key: string, quantity: number | null): void {
    this.#active.delete(key);
    if (quantity !== null) this.secured += quantity;
  }

  /** The utility of an offer in negotiation `key`, for a remaining need. */
  utility(key: string, offer: FactoryOffer, remaining: number): number {
    const p = this.#issues.get(key)?.unitPrice ?? { min: offer.unitPrice, max: offer.unitPrice };
    const span = p.max - p.min;
    const priceScore =
      span <= 0 ? 1 : this.sell ? (offer.unitPrice - p.min) / span : (p.max - offer.unitPrice) / span;
    const quantityScore =
      remaining >= 1 ? Math.max(0, 1 - Math.abs(offer.quantity - remaining) / remaining) : 0;
    return PRICE_WEIGHT * priceScore + (1 - PRICE_WEIGHT) * quantityScore;
  }

  #counterAll(
    offers: ReadonlyMap<string, FactoryOffer>,
    states: ReadonlyMap<string, { readonly relativeTime: number }>,
  ): Map<string, SyncDecision<FactoryOffer>> {
    let remaining = this.#need() - this.secured;
    const ranked = [...offers.entries()]
      .map(([k, o]) => ({ k, o, u: this.utility(k, o, remaining) }))
      .sort((a, b) => b.u - a.u);
    const out = new Map<string, SyncDecision<FactoryOffer>>();
    for (const { k, o, u } of ranked) {
      const t = states.get(k)?.relativeTime ?? 0;
      this.#time = Math.max(this.#time, t);
      if (remaining < 1) {
        out.set(k, { response: 'end', outcome: null });
      } else if (
        o.quantity <= remaining &&
        o.deliveryDay >= this.#today() &&
        (u >= UTILITY_THRESHOLD || t >= TIME_THRESHOLD)
      ) {
        out.set(k, { response: 'accept', outcome: null });
        remaining -= o.quantity;
      } else {
        out.set(k, { response: 'reject', outcome: this.#proposal(k, t, remaining) });
      }
    }
    for (const k of this.#active) {
      if (out.has(k)) continue;
      out.set(
        k,
        remaining < 1
          ? { response: 'end', outcome: null }
          : { response: 'reject', outcome: this.#proposal(k, this.#time, remaining) },
      );
    }
    return out;
  }

  #proposal(key: string, t: number, remaining = this.#need() - this.secured): FactoryOffer | null {
    const issues = this.#issues.get(key);
    if (issues === undefined || remaining < 1) return null;
    const { quantity: q, deliveryDay: d, unitPrice: p } = issues;
    const concession = (t * (p.max - p.min)) / 2;
    // Two days ahead if the range allows: a negotiation slowed by waiting may end tomorrow (our choice).
    return {
      quantity: Math.min(q.max, Math.max(q.min, Math.trunc(remaining))),
      deliveryDay: Math.min(d.max, Math.max(d.min, this.#today() + 2)),
      unitPrice: this.sell ? Math.trunc(p.max - concession) : Math.ceil(p.min + concession),
    };
  }
}

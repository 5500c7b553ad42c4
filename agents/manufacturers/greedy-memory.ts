// league-rules.md §15.1 GreedyOneShotAgent "State" (scml: src/scml/oneshot/agents/greedy.py): the best
// prices seen today and over the whole simulation, overall and per partner.
import type { GreedyBests } from './greedy-prices.ts';

interface SideBests {
  best: number;
  readonly byPartner: Map<string, number>;
}

/** The greedy agents' price memory. Selling bests start at 0 and rise; buying bests start at +∞ and fall. */
export class GreedyMemory {
  readonly #accumulated = { sell: side(0), buy: side(Infinity) };
  #daily = { sell: side(0), buy: side(Infinity) };

  /** `before_step`: forget today's bests. */
  resetDay(): void {
    this.#daily = { sell: side(0), buy: side(Infinity) };
  }

  /** The four bests the price range uses for `partner` (a missing partner counts as 0 resp. +∞). */
  bests(selling: boolean, partner: string): GreedyBests {
    const d = selling ? this.#daily.sell : this.#daily.buy;
    const a = selling ? this.#accumulated.sell : this.#accumulated.buy;
    const none = selling ? 0 : Infinity;
    return {
      today: d.best,
      accumulated: a.best,
      todayFromPartner: d.byPartner.get(partner) ?? none,
      accumulatedFromPartner: a.byPartner.get(partner) ?? none,
    };
  }

  /**
   * `respond` bookkeeping: today's best = max (min when buying) of it and `price`; the partner's daily
   * best is set to the overall daily best, not a per-partner extreme (§15.1).
   */
  recordOffer(selling: boolean, partner: string, price: number): void {
    const d = selling ? this.#daily.sell : this.#daily.buy;
    d.best = selling ? Math.max(d.best, price) : Math.min(d.best, price);
    d.byPartner.set(partner, d.best);
  }

  /** `on_negotiation_success`: the accumulated bests, overall and for the partner. */
  recordAgreement(selling: boolean, partner: string, price: number): void {
    const a = selling ? this.#accumulated.sell : this.#accumulated.buy;
    const pick = selling ? Math.max : Math.min;
    a.best = pick(a.best, price);
    a.byPartner.set(partner, pick(a.byPartner.get(partner) ?? (selling ? 0 : Infinity), price));
  }
}

function side(start: number): SideBests {
  return { best: start, byPartner: new Map() };
}

// league-rules.md §16.9 DecentralizingAgent's StepController: one per day and side, all its
// negotiations driven by the aspiration negotiator with the side's linear utility.
import type { SaoNegotiator } from '../../src/negotiation/sao-types.ts';
import type { FactoryIssues, FactoryOffer } from '../../worlds/factory/factory-types.ts';
import { BUY_WEIGHTS, linearAspiration, SELL_WEIGHTS } from './linear-aspiration.ts';

/** Buys or sells up to `target` units for one day over several negotiations. */
export class StepController {
  readonly sell: boolean;
  readonly day: number;
  target: number;
  secured = 0;
  readonly #open = new Set<string>();
  readonly #retries = new Map<string, number>();

  constructor(sell: boolean, day: number, target: number) {
    this.sell = sell;
    this.day = day;
    this.target = target;
  }

  /** Whether the target is met: every offer is then refused and the other negotiations ended. */
  get done(): boolean {
    return this.secured >= this.target;
  }

  /** A negotiator for one negotiation over its issues (`track` it once the world gave its id). */
  negotiator(issues: FactoryIssues): SaoNegotiator<FactoryOffer> {
    const inner = linearAspiration(issues, this.sell ? SELL_WEIGHTS : BUY_WEIGHTS);
    return {
      propose: (state) => (this.done ? null : inner.propose(state)),
      respond: (state, offer) => (this.done ? 'end' : inner.respond(state, offer)),
    };
  }

  /** Counts a negotiation as open until it ends. */
  track(id: string): void {
    this.#open.add(id);
  }

  /** One negotiation ended (with the agreed quantity, or null); true when it was the last open one. */
  ended(id: string, quantity: number | null): boolean {
    if (!this.#open.delete(id)) return false;
    if (quantity !== null) this.secured += quantity;
    return this.#open.size === 0;
  }

  /** A partner for a retry: shuffled order, at most 2 retries each (§16.9), or null. */
  retryPartner(shuffled: readonly string[]): string | null {
    for (const p of shuffled) {
      const n = this.#retries.get(p) ?? 0;
      if (n <= 2) {
        this.#retries.set(p, n + 1);
        return p;
      }
    }
    return null;
  }
}

// league-rules.md §16.9 "Negotiation manager base" (scml NegotiationManager: horizon 5,
// negotiate_on_signing, trading prices, price margins 0.5).
import type { FactoryView } from '../../worlds/factory/factory-view.ts';

/** Negotiations to open for one day and side. */
export interface NegotiationPlan {
  readonly sell: boolean;
  /** The day the needs are for. */
  readonly day: number;
  readonly quantity: readonly [number, number];
  readonly deliveryDay: readonly [number, number];
  readonly unitPrice: readonly [number, number];
  readonly partners: readonly string[];
}

/** What an agent built on the manager decides. */
export interface NegotiationManagerHooks {
  targetQuantity(day: number, sell: boolean): number;
  /** Every day's target at once (optional, for speed); must equal targetQuantity day by day. */
  targetQuantities?(sell: boolean): number[];
  acceptableUnitPrice(day: number, sell: boolean): number;
  /** Requests the planned negotiations with the agent's own negotiators. */
  open(plan: NegotiationPlan): void;
}

/** Opens negotiations a fixed horizon ahead, and again for every need that grows after signing. */
export class NegotiationManager {
  readonly horizon = 5;
  readonly #view: FactoryView;
  readonly #hooks: NegotiationManagerHooks;
  readonly #targets: { readonly sell: number[]; readonly buy: number[] };

  constructor(view: FactoryView, hooks: NegotiationManagerHooks) {
    this.#view = view;
    this.#hooks = hooks;
    this.#targets = {
      sell: new Array<number>(view.nSteps).fill(0),
      buy: new Array<number>(view.nSteps).fill(0),
    };
  }

  /** Remembers today's targets, the base for negotiate-on-signing. */
  init(): void {
    const sell = this.#all(true);
    const buy = this.#all(false);
    for (let d = 0; d < this.#view.nSteps; d++) {
      this.#targets.sell[d] = sell[d] as number;
      this.#targets.buy[d] = buy[d] as number;
    }
  }

  /** Day 0: every day 1 ... min(N - 1, H + 2) - 1; later: day s + H + 1 if it exists; buy then sell. */
  step(): void {
    const s = this.#view.currentStep;
    const n = this.#view.nSteps;
    const days: number[] = [];
    if (s === 0) for (let d = 1; d < Math.min(n - 1, this.horizon + 2); d++) days.push(d);
    else if (s + this.horizon + 1 <= n - 1) days.push(s + this.horizon + 1);
    for (const d of days) {
      this.start(d, false);
      this.start(d, true);
    }
  }

  /** After signing: opens negotiations for the growth of every future day's target. */
  afterSigning(): void {
    const view = this.#view;
    const all = { sell: this.#all(true), buy: this.#all(false) };
    for (let d = view.currentStep + 1; d < view.nSteps; d++) {
      for (const sell of [false, true]) {
        const arr = sell ? this.#targets.sell : this.#targets.buy;
        const target = (sell ? all.sell : all.buy)[d] as number;
        const growth = target - (arr[d] as number);
        arr[d] = target;
        if (growth > 0) this.start(d, sell, growth);
      }
    }
  }

  /** The price range [int(0.5 P), int(1.5 P + 0.5)] around the trading (or catalog) price of the product. */
  priceRange(sell: boolean): [number, number] {
    const view = this.#view;
    const product = sell ? view.outputProduct : view.inputProduct;
    const p = (view.tradingPrices ?? view.catalogPrices)[product] ?? 0;
    return [Math.trunc(0.5 * p), Math.trunc(1.5 * p + 0.5)];
  }

  /** Opens negotiations for day d with every partner, for `quantity` or the target (§16.9). */
  start(day: number, sell: boolean, quantity?: number): void {
    const plan = this.plan(day, sell, quantity);
    if (plan === null) return;
    (sell ? this.#targets.sell : this.#targets.buy)[day] = this.#hooks.targetQuantity(day, sell);
    this.#hooks.open(plan);
  }

  /**
   * The negotiations §16.9 would open for day d, or null: quantity [1, min(q, n_lines · (d - today))],
   * delivery [max(d, today + 1), min(d + H, N - 1)] selling or [today + 1, d - 1] buying, the price
   * range, and every partner that is not a system agent (or the given ones).
   */
  plan(day: number, sell: boolean, quantity?: number, only?: readonly string[]): NegotiationPlan | null {
    const view = this.#view;
    const today = view.currentStep;
    const n = view.nSteps;
    let q = quantity ?? this.#hooks.targetQuantity(day, sell);
    const price = this.#hooks.acceptableUnitPrice(day, sell);
    if (q <= 0 || price <= 0) return null;
    q = Math.min(q, view.nLines * (day - today));
    if (q < 1 || price < 1 || day < today + 1) return null;
    const time: [number, number] = sell
      ? [Math.max(day, today + 1), Math.min(day + this.horizon, n - 1)]
      : [today + 1, day - 1];
    if (time[0] > time[1]) return null;
    const partners = only ?? (sell ? view.myConsumers : view.mySuppliers).filter((p) => !view.isSystem(p));
    if (partners.length === 0) return null;
    return {
      sell,
      day,
      quantity: [1, Math.trunc(q)],
      deliveryDay: time,
      unitPrice: this.priceRange(sell),
      partners,
    };
  }

  #all(sell: boolean): number[] {
    const hooks = this.#hooks;
    if (hooks.targetQuantities !== undefined) return hooks.targetQuantities(sell);
    return Array.from({ length: this.#view.nSteps }, (_, d) => hooks.targetQuantity(d, sell));
  }
}

import { type ProfitBreakdown, type ProfitInputs, type ProfitItem, profitOf } from './profit-function.ts';
import type { LeagueContract, LeagueIssues, LeagueOffer } from './league-types.ts';

/** Where the factory sits, for inferring buy/sell from a partner and for single-offer evaluation. */
export interface UfunPlacement {
  readonly name: string;
  readonly isFirstLevel: boolean;
  readonly isLastLevel: boolean;
  readonly suppliers: readonly string[];
  readonly consumers: readonly string[];
  /** Today's issues of the input and output negotiations (null when the factory has none). */
  readonly inputIssues: LeagueIssues | null;
  readonly outputIssues: LeagueIssues | null;
}

/** The best or worst profit achievable today and how (league-rules.md §7.5 find_limit; our reading). */
export interface ProfitLimit {
  readonly utility: number;
  readonly inputQuantity: number;
  readonly outputQuantity: number;
  readonly inputPrice: number;
  readonly outputPrice: number;
}

/**
 * A factory's profit function for one day (league-rules.md §7), frozen at the start of the day: what
 * agents use to value offers and sets of offers. Wraps the pure `profitOf` with the reference's helpers.
 */
export class LeagueUfun {
  readonly inputs: ProfitInputs;
  readonly #placement: UfunPlacement;
  #reserved: number | null = null;

  constructor(inputs: ProfitInputs, placement: UfunPlacement) {
    this.inputs = inputs;
    this.#placement = placement;
  }

  /** Profit and breakdown of a set of items (buys and sells); items not due today are ignored. */
  breakdown(items: readonly ProfitItem[]): ProfitBreakdown {
    return profitOf(this.inputs, items);
  }

  /** Profit of a set of offers keyed by partner; buy or sell is inferred from the partner. */
  fromOffers(offers: Readonly<Record<string, LeagueOffer>>): number {
    const items: ProfitItem[] = [];
    for (const partner of Object.keys(offers)) {
      const o = offers[partner] as LeagueOffer;
      items.push({
        quantity: o.quantity,
        deliveryDay: o.deliveryDay,
        unitPrice: o.unitPrice,
        isBuy: this.isSupplier(partner),
      });
    }
    return profitOf(this.inputs, items).profit;
  }

  /** Profit of a set of contracts (the factory's own; exogenous ones are already in the frozen totals). */
  fromContracts(contracts: readonly LeagueContract[]): number {
    const name = this.#placement.name;
    const items: ProfitItem[] = [];
    for (const c of contracts) {
      if (c.exogenous) continue;
      items.push({
        quantity: c.quantity,
        deliveryDay: c.deliveryDay,
        unitPrice: c.unitPrice,
        isBuy: c.buyer === name,
      });
    }
    return profitOf(this.inputs, items).profit;
  }

  /**
   * Profit of one offer assuming every other negotiation fails. Only meaningful at the edges of the
   * chain: -Infinity for middle-level factories, as in the reference (§7.5).
   */
  evalOffer(partner: string, offer: LeagueOffer): number {
    const p = this.#placement;
    if (!p.isFirstLevel && !p.isLastLevel) return -Infinity;
    return this.fromOffers({ [partner]: offer });
  }

  /** Profit with no deals at all minus 0.001: a slight bias toward agreement (§7.5). */
  get reservedValue(): number {
    this.#reserved ??= profitOf(this.inputs, []).profit - 0.001;
    return this.#reserved;
  }

  isSupplier(partner: string): boolean {
    return this.#placement.suppliers.includes(partner);
  }

  /**
   * The best (or worst) profit reachable today by buying and selling at today's issue bounds: every
   * total quantity each side could reach is tried, at the best (worst) price of each side (our reading of
   * find_limit, which the reference brute-forces).
   */
  findLimit(best: boolean): ProfitLimit {
    const p = this.#placement;
    const day = this.inputs.day;
    const sideMax = (issues: LeagueIssues | null, n: number): number =>
      issues === null ? 0 : issues.quantity.max * n;
    const inMax = p.isFirstLevel ? 0 : sideMax(p.inputIssues, p.suppliers.length);
    const outMax = p.isLastLevel ? 0 : sideMax(p.outputIssues, p.consumers.length);
    const inPrice =
      p.inputIssues === null ? 0 : best ? p.inputIssues.unitPrice.min : p.inputIssues.unitPrice.max;
    const outPrice =
      p.outputIssues === null ? 0 : best ? p.outputIssues.unitPrice.max : p.outputIssues.unitPrice.min;
    let limit: ProfitLimit = {
      utility: best ? -Infinity : Infinity,
      inputQuantity: 0,
      outputQuantity: 0,
      inputPrice: inPrice,
      outputPrice: outPrice,
    };
    for (let qi = 0; qi <= inMax; qi++) {
      for (let qo = 0; qo <= outMax; qo++) {
        const items: ProfitItem[] = [];
        if (qi > 0) items.push({ quantity: qi, deliveryDay: day, unitPrice: inPrice, isBuy: true });
        if (qo > 0) items.push({ quantity: qo, deliveryDay: day, unitPrice: outPrice, isBuy: false });
        const u = profitOf(this.inputs, items).profit;
        if (best ? u > limit.utility : u < limit.utility) {
          limit = {
            utility: u,
            inputQuantity: qi,
            outputQuantity: qo,
            inputPrice: inPrice,
            outputPrice: outPrice,
          };
        }
      }
    }
    return limit;
  }

  /** Last-level factories: buying at `price` is never sensible when price + cost - exogenous unit price >= shortfall rate. */
  okToBuyAt(price: number): boolean {
    const i = this.inputs;
    if (i.exogenousOutputQuantity <= 0) return true;
    return price + i.productionCost - i.exogenousOutputPrice / i.exogenousOutputQuantity < i.shortfallPenalty;
  }

  /** First-level factories: selling at `price` is never sensible when cost - price >= disposal rate. */
  okToSellAt(price: number): boolean {
    return this.inputs.productionCost - price < this.inputs.disposalCost;
  }
}

// league-rules.md §15.2 SyncRandomStdAgent (scml: src/scml/std/agents/rand.py): a sync filler that spreads
// today's needs over most partners and offers the rest one future day's needs.
import { type LeagueDecision, defineLeagueAgent } from '../../worlds/base/league-agent.ts';
import type { IntRange, LeagueIssues, LeagueOffer } from '../../worlds/base/league-types.ts';
import { distribute } from '../components/distribute.ts';
import { numberParam } from './agent-param.ts';
import { type FutureNeeds, estimateFutureNeeds } from './estimate-future-needs.ts';
import { todaysPartners } from './partner-issues.ts';
import {
  type PriceCurve,
  buyPrice,
  constructionIssues,
  goodToBuy,
  goodToSell,
  lossAvoidingLimits,
  sellPrice,
} from './sync-random-std-prices.ts';

/** One estimate of the future needs, with the day and signing count it was made at. */
interface DayNeeds extends FutureNeeds {
  readonly day: number;
  readonly signings: number;
  /** The targets as [day, quantity] in day order. */
  readonly supplyDays: readonly (readonly [number, number])[];
  readonly saleDays: readonly (readonly [number, number])[];
}

export const syncRandomStd = defineLeagueAgent({
  name: 'SyncRandomStd',
  description:
    "Sync random Std filler (scml SyncRandomStdAgent): random split of today's needs, future offers for the rest",
  worlds: ['std'],
  create(ctx) {
    const { view, rng, params } = ctx;
    const todayProductivity = numberParam(params, 'todayTargetProductivity', () => 0.3);
    const futureProductivity = numberParam(params, 'futureTargetProductivity', () => 0.3);
    const todayConcentration = numberParam(params, 'todayConcentration', () => 0.25);
    const futureConcentration = numberParam(params, 'futureConcentration', () => 0.75);
    const todayCurve: PriceCurve = {
      exponent: numberParam(params, 'todayConcessionExp', () => 2),
      futureCut: 0,
    };
    const futureCurve: PriceCurve = {
      exponent: numberParam(params, 'futureConcessionExp', () => 4),
      futureCut: numberParam(params, 'futureMinPrice', () => 0.25),
    };
    const pToday = 1 - numberParam(params, 'pfuture', () => 0.15);
    const suppliers = new Set(view.mySuppliers);
    // Product 0 (and, our reading, the last product) has issues built once at construction, never updated.
    const nProducts = view.nProducts;
    const fixedIssues = (product: number): LeagueIssues =>
      constructionIssues(view.catalogPrices[product] ?? 1, view.horizon, view.nSteps, view.maxNLines);
    const firstInput = view.isFirstLevel ? fixedIssues(0) : null;
    const lastOutput = view.isLastLevel ? fixedIssues(nProducts - 1) : null;
    const inputIssues = (): LeagueIssues | null => firstInput ?? view.currentInputIssues;
    const outputIssues = (): LeagueIssues | null => lastOutput ?? view.currentOutputIssues;
    const sideIssues = (buying: boolean): LeagueIssues | null => (buying ? inputIssues() : outputIssues());
    const limits = (): { buy: IntRange; sell: IntRange } | null => {
      const i = inputIssues();
      const o = outputIssues();
      return i === null || o === null ? null : lossAvoidingLimits(i, o);
    };
    const rel = (t: number): number => (t - view.currentStep) / Math.max(view.nSteps - view.currentStep, 1);

    // Within a day the estimate's inputs change only when this factory signs (inventories move and
    // contracts are nullified after the negotiations, §4): estimated once per day and signing, not per round.
    const suppliesAt = (d: number): number => view.totalSuppliesAt(d);
    const salesAt = (d: number): number => view.totalSalesAt(d);
    let signings = 0;
    let needs: DayNeeds | null = null;
    const futureNeeds = (): DayNeeds => {
      const today = view.currentStep;
      if (needs !== null && needs.day === today && needs.signings === signings) return needs;
      const { supplies, sales } = estimateFutureNeeds({
        today,
        nDays: view.nSteps,
        lastDay: inputIssues()?.deliveryDay.max ?? today,
        isFirstLevel: view.isFirstLevel,
        isLastLevel: view.isLastLevel,
        suppliesAt,
        salesAt,
        inventoryInput: view.currentInventoryInput,
        inventoryOutput: view.currentInventoryOutput,
        exogenousInputQuantity: view.currentExogenousInputQuantity,
        exogenousOutputQuantity: view.currentExogenousOutputQuantity,
        productivity: futureProductivity,
      });
      // Filled day by ascending day, so the entry lists are already in day order.
      needs = {
        day: today,
        signings,
        supplies,
        sales,
        supplyDays: [...supplies.entries()],
        saleDays: [...sales.entries()],
      };
      return needs;
    };

    /** The partners of one side, in the order given (the first `n` of them). */
    const sideOf = (partners: readonly string[], buying: boolean, n = partners.length): string[] => {
      const side: string[] = [];
      for (let i = 0; i < n; i++) {
        const p = partners[i] as string;
        if (suppliers.has(p) === buying) side.push(p);
      }
      return side;
    };

    /**
     * distribute_todays_needs: 85 % of the partners (shuffled) share today's needs, the rest get 0 (left
     * out of the map: callers read a missing partner as 0).
     */
    const distributeTodaysNeeds = (partners: readonly string[]): Map<string, number> => {
      const shuffled = rng.shuffle(partners);
      const k = Math.min(shuffled.length, Math.max(1, Math.trunc(pToday * shuffled.length)));
      const out = new Map<string, number>();
      for (const buying of [true, false]) {
        const side = sideOf(shuffled, buying, k);
        const need = view.isMiddleLevel ? view.nLines : buying ? view.neededSupplies : view.neededSales;
        const issues = sideIssues(buying);
        if (side.length === 0 || need < 1 || issues === null) continue;
        const order = rng.shuffle(side);
        const concentrated = rng.next() < todayConcentration;
        const equal = rng.next() > 0.5;
        const qs = distribute(
          Math.trunc(need),
          order.length,
          { allowZero: true, concentrated, equal, mx: issues.quantity.max },
          rng,
        );
        for (let i = 0; i < order.length; i++) out.set(order[i] as string, qs[i] as number);
      }
      return out;
    };

    /** distribute_future_offers: per side, one future day (the first in a shuffled order) is offered. */
    const distributeFutureOffers = (partners: readonly string[]): Map<string, LeagueOffer> => {
      const out = new Map<string, LeagueOffer>();
      const lim = limits();
      if (partners.length === 0 || lim === null) return out;
      const targets = futureNeeds();
      for (const buying of [true, false]) {
        const range = buying ? lim.buy : lim.sell;
        const side = sideOf(partners, buying);
        const issues = sideIssues(buying);
        if (range.min > range.max || side.length === 0 || issues === null) continue;
        const days = buying ? targets.supplyDays : targets.saleDays;
        // Only the first day of the shuffled order receives offers (§15.2 quirk, kept).
        const first = rng.shuffle(days)[0];
        if (first === undefined) continue;
        const [t, target] = first;
        const concentrated = rng.next() < futureConcentration;
        const equal = rng.next() > 0.5;
        const qs = distribute(
          target,
          side.length,
          { mx: issues.quantity.max, concentrated, equal, allowZero: view.allowZeroQuantity },
          rng,
        );
        const r = 1 - Math.min(1, Math.max(0, rel(t)));
        const unitPrice = buying
          ? buyPrice(r, range, futureCurve.exponent)
          : sellPrice(r, range, futureCurve);
        for (let i = 0; i < side.length; i++) {
          const q = qs[i] as number;
          if (q > 0) out.set(side[i] as string, { quantity: q, deliveryDay: t, unitPrice });
        }
      }
      return out;
    };

    return {
      style: 'sync',
      onNegotiationSuccess() {
        signings++;
      },
      firstProposals() {
        const all = todaysPartners(view);
        const today = distributeTodaysNeeds(all);
        const out: Record<string, LeagueOffer | null> = {};
        const rest: string[] = [];
        for (const p of all) {
          const q = today.get(p) ?? 0;
          const issues = sideIssues(suppliers.has(p));
          if (q > 0 && issues !== null) {
            const unitPrice = suppliers.has(p) ? issues.unitPrice.min : issues.unitPrice.max;
            out[p] = { quantity: q, deliveryDay: view.currentStep, unitPrice };
          } else rest.push(p);
        }
        const future = distributeFutureOffers(rest);
        for (const p of rest) out[p] = future.get(p) ?? null;
        return out;
      },
      counterAll(offers, states) {
        const day = view.currentStep;
        const needs = futureNeeds();
        const floor = view.isMiddleLevel ? Math.trunc(todayProductivity * view.nLines) : -Infinity;
        // Today's targets and what accepting uses up, over the estimate (kept intact: it is reused).
        const supplies = new Map<number, number>().set(day, Math.max(floor, view.neededSupplies));
        const sales = new Map<number, number>().set(day, Math.max(floor, view.neededSales));
        const partners = Object.keys(offers);
        const accepted = new Set<string>();
        const out: Record<string, LeagueDecision> = {};
        const lim = limits();
        for (const buying of [true, false]) {
          const range = lim === null ? null : buying ? lim.buy : lim.sell;
          if (range === null || range.min > range.max) continue;
          const targets = buying ? supplies : sales;
          const estimate = buying ? needs.supplies : needs.sales;
          for (const p of partners) {
            if (suppliers.has(p) !== buying) continue;
            const o = offers[p] as LeagueOffer;
            const isToday = o.deliveryDay === day;
            const r = isToday ? (states[p]?.relativeTime ?? 0) : rel(o.deliveryDay);
            const curve = isToday ? todayCurve : futureCurve;
            if (!(buying ? goodToBuy : goodToSell)(o.unitPrice, r, range, curve)) continue;
            const target = targets.get(o.deliveryDay) ?? estimate.get(o.deliveryDay) ?? 0;
            if (o.quantity > 0 && o.quantity < target) {
              accepted.add(p);
              targets.set(o.deliveryDay, target - o.quantity);
              out[p] = { response: 'accept', offer: o };
            }
          }
        }
        const remaining = partners.filter((p) => !accepted.has(p));
        const today = distributeTodaysNeeds(remaining);
        const rest: string[] = [];
        for (const p of remaining) {
          const q = today.get(p) ?? 0;
          const issues = sideIssues(suppliers.has(p));
          if (q <= 0 || issues === null) {
            rest.push(p);
            continue;
          }
          // The good price over the negotiation's issue range, with the future exponent and minimum price.
          const t = states[p]?.relativeTime ?? 0;
          const unitPrice = suppliers.has(p)
            ? buyPrice(t, issues.unitPrice, futureCurve.exponent)
            : sellPrice(t, issues.unitPrice, futureCurve);
          out[p] = { response: 'reject', offer: { quantity: q, deliveryDay: day, unitPrice } };
        }
        const future = distributeFutureOffers(rest);
        for (const p of rest) {
          const f = future.get(p);
          out[p] = f === undefined ? { response: 'end' } : { response: 'reject', offer: f };
        }
        return out;
      },
    };
  },
});

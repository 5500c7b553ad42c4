// league-rules.md §15.1 SyncRandomOneShotAgent, RandDistOneShotAgent, EqualDistOneShotAgent
// (scml: src/scml/oneshot/agents/rand.py): spreads its needs randomly over partners and accepts the set of
// offers whose total is closest to its need once the mismatch is small enough.
import type { Rng } from '../../src/core/rng.ts';
import {
  type LeagueAgentContext,
  type LeagueAgentType,
  type LeagueDecision,
  type SyncAgent,
  defineLeagueAgent,
} from '../../worlds/base/league-agent.ts';
import type { LeagueOffer } from '../../worlds/base/league-types.ts';
import type { LeagueView } from '../../worlds/base/league-view.ts';
import { distribute } from '../components/distribute.ts';
import { booleanParam, numberParam } from './agent-param.ts';
import { closestSubset } from './closest-subset.ts';
import { todaysPartners } from './partner-issues.ts';

/** Over-ordering fraction at relative time t: max − (max − min) · t^e (0.2 − 0.2 t^0.4 by default). */
export function overOrdering(t: number, max: number, min: number, e: number): number {
  return max - (max - min) * Math.pow(t, e);
}

/** The suppliers and the consumers (view order) that have a negotiation today. */
interface TodaysSides {
  /** The view's list of today's partners these were taken from. */
  readonly of: readonly string[];
  readonly suppliers: readonly string[];
  readonly consumers: readonly string[];
}

/** Today's sides, taken again only when the view's partner list changes (once a day). */
function todaysSides(view: LeagueView, last: TodaysSides | null): TodaysSides {
  const all = todaysPartners(view);
  if (last !== null && last.of === all) return last;
  return {
    of: all,
    suppliers: view.mySuppliers.filter((p) => all.includes(p)),
    consumers: view.myConsumers.filter((p) => all.includes(p)),
  };
}

/**
 * distribute_needs(t) (§15.1): for suppliers then consumers that have a negotiation today (view order),
 * nothing when the need is <= 0, else distribute(int(need · (1 + over-ordering)), n, equal, allow_zero).
 */
function distributeNeeds(
  view: LeagueView,
  sides: TodaysSides,
  rng: Rng,
  options: { readonly overOrder: number; readonly equal: boolean },
): Map<string, number> {
  const { overOrder, equal } = options;
  const out = new Map<string, number>();
  for (const [need, partners] of [
    [view.neededSupplies, sides.suppliers],
    [view.neededSales, sides.consumers],
  ] as const) {
    if (partners.length === 0) continue;
    const qs =
      need <= 0
        ? new Array<number>(partners.length).fill(0)
        : distribute(
            Math.trunc(need * (1 + overOrder)),
            partners.length,
            { equal, allowZero: view.allowZeroQuantity },
            rng,
          );
    partners.forEach((p, i) => out.set(p, qs[i] as number));
  }
  return out;
}

/** Builds the agent with `equal` as its default (false: RandDistOneShot, true: EqualDistOneShot). */
export function syncRandomOneShotAgent(ctx: LeagueAgentContext, defaultEqual: boolean): SyncAgent {
  const { view, rng, params } = ctx;
  const equal = booleanParam(params, 'equal', defaultEqual);
  const oMax = numberParam(params, 'overorderingMax', () => 0.2);
  const oMin = numberParam(params, 'overorderingMin', () => 0);
  const oExp = numberParam(params, 'overorderingExponent', () => 0.4);
  const mismatchExp = numberParam(params, 'mismatchExponent', () => 4);
  let mismatchMax = numberParam(params, 'mismatchMax', () => 0.3);
  const suppliers = new Set(view.mySuppliers);
  let sides: TodaysSides | null = null;
  const needs = (t: number) => {
    sides = todaysSides(view, sides);
    return distributeNeeds(view, sides, rng, { overOrder: overOrdering(t, oMax, oMin, oExp), equal });
  };

  return {
    style: 'sync',
    init() {
      // A fraction of the lines (0.3 -> 3 with 10 lines).
      if (mismatchMax > 0 && mismatchMax < 1) mismatchMax *= view.nLines;
    },
    firstProposals() {
      const day = view.currentStep;
      // One price for every partner: a first-level agent's best selling price, else its best buying price.
      const issues = view.isFirstLevel ? view.currentOutputIssues : view.currentInputIssues;
      const price = issues === null ? 0 : view.isFirstLevel ? issues.unitPrice.max : issues.unitPrice.min;
      const out: Record<string, LeagueOffer | null> = {};
      for (const [p, q] of needs(0))
        out[p] = q > 0 ? { quantity: q, deliveryDay: day, unitPrice: price } : null;
      return out;
    },
    counterAll(offers, states) {
      const day = view.currentStep;
      const partners = Object.keys(offers);
      const setAside = partners.filter((p) => (offers[p] as LeagueOffer).deliveryDay !== day);
      let r = Infinity;
      for (const p of Object.keys(states)) r = Math.min(r, states[p]?.relativeTime ?? Infinity);
      if (r === Infinity) r = 0;
      const out: Record<string, LeagueDecision> = {};
      for (const buying of [true, false]) {
        const issues = buying ? view.currentInputIssues : view.currentOutputIssues;
        // Step 1 (our reading: no draw for a side without issues, the first level's input or the last level's output).
        const price = issues === null ? 0 : rng.int(issues.unitPrice.min, issues.unitPrice.max);
        const candidates = partners.filter((p) => suppliers.has(p) === buying && !setAside.includes(p));
        const need = buying ? view.neededSupplies : view.neededSales;
        const order = rng.shuffle(candidates);
        const best = closestSubset(
          order.map((p) => (offers[p] as LeagueOffer).quantity),
          need,
        );
        if (best.distance <= mismatchMax * Math.pow(r, mismatchExp)) {
          const chosen = new Set(best.indices.map((i) => order[i] as string));
          for (const p of candidates)
            out[p] = chosen.has(p)
              ? { response: 'accept', offer: offers[p] as LeagueOffer }
              : { response: 'end' };
          for (const p of setAside) out[p] = { response: 'end' };
          continue;
        }
        // Step 5: counter-offers to every partner of both sides (a failing consumer pass overwrites the suppliers').
        for (const [p, q] of needs(r)) {
          out[p] =
            q === 0
              ? { response: 'end' }
              : { response: 'reject', offer: { quantity: q, deliveryDay: day, unitPrice: price } };
        }
      }
      return out;
    },
  };
}

export const syncRandomOneShot: LeagueAgentType = defineLeagueAgent({
  name: 'SyncRandomOneShot',
  description:
    'Sync random agent (scml SyncRandomOneShotAgent): random split of its needs, accepts the closest subset',
  worlds: ['oneshot', 'std'],
  create: (ctx) => syncRandomOneShotAgent(ctx, false),
});

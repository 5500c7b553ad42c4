// negotiation.md B.1 (NegMAS AspirationNegotiator: Boulware e = 4, a_max = 1, ε = 0.001) over the
// three integer issues of a factory negotiation with a linear utility w_q·q + w_t·t + w_p·p
// (league-rules.md §16.9: (1, 1, 10) selling, (1, -1, -10) buying).
import type { SaoNegotiator } from '../../src/negotiation/sao-types.ts';
import type { FactoryIssues, FactoryOffer } from '../../worlds/factory/factory-types.ts';

/** Weights of a linear utility on raw issue values. */
export interface LinearWeights {
  readonly quantity: number;
  readonly deliveryDay: number;
  readonly unitPrice: number;
}

/** §16.9: more, later, dearer is better for a seller. */
export const SELL_WEIGHTS: LinearWeights = Object.freeze({ quantity: 1, deliveryDay: 1, unitPrice: 10 });
/** §16.9: more, earlier, cheaper is better for a buyer. */
export const BUY_WEIGHTS: LinearWeights = Object.freeze({ quantity: 1, deliveryDay: -1, unitPrice: -10 });

const EXPONENT = 4;
const TOLERANCE = 0.001;

/** What every negotiator over the same box and weights shares: extremes and the offer per relative time. */
interface AspirationTable {
  readonly uMin: number;
  readonly uMax: number;
  readonly best: FactoryOffer;
  /** Round -> [relative time, lower end of the band, offer]: the same for every negotiation over this box. */
  readonly byStep: (readonly [number, number, FactoryOffer] | undefined)[];
}

/** Tables are pure functions of (box, weights), so sharing them across negotiations and worlds is safe. */
const TABLES = new Map<number | string, AspirationTable>();
const MAX_TABLES = 20_000;

/**
 * The aspiration negotiator of negotiation.md B.1 for a linear utility over the negotiation's integer
 * box, without enumerating it: the lowest-utility outcome at or above the target is found by walking
 * quantity and day and solving for the price, ties going to the first outcome in enumeration order
 * (quantity, then day, then price), as the presorted list would. Offers per relative time are cached.
 */
export function linearAspiration(issues: FactoryIssues, w: LinearWeights): SaoNegotiator<FactoryOffer> {
  const table = tableFor(issues, w);
  const { uMin, uMax, best, byStep } = table;
  let lastT = NaN;
  let lower = uMin;
  let offer: FactoryOffer = best;
  const update = (step: number, time: number): void => {
    if (time === lastT) return;
    lastT = time;
    // Cached by round; the relative time is checked too, in case negotiations differ in length.
    const cached = byStep[step];
    if (cached !== undefined && cached[0] === time) {
      lower = cached[1];
      offer = cached[2];
      return;
    }
    const a = 1 - Math.pow(Math.min(1, Math.max(0, time)), EXPONENT);
    lower = Math.min(uMax, Math.max(uMin, uMin + a * (uMax - uMin) - TOLERANCE));
    offer = lowestAtLeast(issues, w, lower) ?? best;
    if (step >= 0 && step < 1000) byStep[step] = [time, lower, offer];
  };
  return {
    propose(state) {
      update(state.step, state.relativeTime);
      return offer;
    },
    respond(state, o) {
      update(state.step, state.relativeTime);
      return w.quantity * o.quantity + w.deliveryDay * o.deliveryDay + w.unitPrice * o.unitPrice >= lower
        ? 'accept'
        : 'reject';
    },
  };
}

/** A numeric key for the usual small boxes and the two standard weights (cheaper than a string), else a string. */
function keyOf(issues: FactoryIssues, w: LinearWeights): number | string {
  const { quantity: Q, deliveryDay: T, unitPrice: P } = issues;
  const side = w === SELL_WEIGHTS ? 0 : w === BUY_WEIGHTS ? 1 : -1;
  const small = (v: number, bound: number): boolean => v >= 0 && v < bound && Number.isInteger(v);
  if (
    side >= 0 &&
    small(Q.min, 128) &&
    small(Q.max, 128) &&
    small(T.min, 256) &&
    small(T.max, 256) &&
    small(P.min, 1024) &&
    small(P.max, 1024)
  ) {
    return (((((Q.min * 128 + Q.max) * 256 + T.min) * 256 + T.max) * 1024 + P.min) * 1024 + P.max) * 2 + side;
  }
  return `${Q.min},${Q.max},${T.min},${T.max},${P.min},${P.max},${w.quantity},${w.deliveryDay},${w.unitPrice}`;
}

function tableFor(issues: FactoryIssues, w: LinearWeights): AspirationTable {
  const { quantity: Q, deliveryDay: T, unitPrice: P } = issues;
  const key = keyOf(issues, w);
  let table = TABLES.get(key);
  if (table !== undefined) return table;
  const pick = (r: { min: number; max: number }, weight: number, best: boolean): number =>
    weight >= 0 === best ? r.max : r.min;
  const best: FactoryOffer = Object.freeze({
    quantity: pick(Q, w.quantity, true),
    deliveryDay: pick(T, w.deliveryDay, true),
    unitPrice: pick(P, w.unitPrice, true),
  });
  const worst = {
    quantity: pick(Q, w.quantity, false),
    deliveryDay: pick(T, w.deliveryDay, false),
    unitPrice: pick(P, w.unitPrice, false),
  };
  table = { uMin: linearUtility(worst, w), uMax: linearUtility(best, w), best, byStep: [] };
  if (TABLES.size >= MAX_TABLES) TABLES.clear();
  TABLES.set(key, table);
  return table;
}

/** The utility of an offer under linear weights. */
export function linearUtility(o: FactoryOffer, w: LinearWeights): number {
  return w.quantity * o.quantity + w.deliveryDay * o.deliveryDay + w.unitPrice * o.unitPrice;
}

/** The lowest-utility outcome with utility >= x in the box (first in enumeration order on ties), or null. */
export function lowestAtLeast(issues: FactoryIssues, w: LinearWeights, x: number): FactoryOffer | null {
  const { quantity: Q, deliveryDay: T, unitPrice: P } = issues;
  const wq = w.quantity;
  const wt = w.deliveryDay;
  const wp = w.unitPrice;
  // With integer weights no outcome is worth less than ⌈x⌉: the first outcome worth exactly that wins.
  const floor =
    Number.isInteger(wq) && Number.isInteger(wt) && Number.isInteger(wp) ? Math.ceil(x) : -Infinity;
  let bestQ = 0;
  let bestT = 0;
  let bestP = 0;
  let bestU = Infinity;
  // The most a day and a price can add: a (q) or (q, t) that cannot reach x even so is skipped.
  const maxP = Math.max(wp * P.min, wp * P.max);
  const maxTP = Math.max(wt * T.min, wt * T.max) + maxP;
  for (let q = Q.min; q <= Q.max; q++) {
    if (wq * q + maxTP < x) continue;
    for (let t = T.min; t <= T.max; t++) {
      const base = wq * q + wt * t;
      if (base + maxP < x) continue;
      let p: number;
      if (wp > 0) p = Math.max(P.min, Math.ceil((x - base) / wp));
      else if (wp < 0) p = Math.min(P.max, Math.floor((x - base) / wp));
      else p = P.min;
      // Guard against rounding at the boundary: step towards higher utility until it reaches x.
      if (wp !== 0) {
        const up = wp > 0 ? 1 : -1;
        while (p >= P.min && p <= P.max && base + wp * p < x) p += up;
      }
      if (p < P.min || p > P.max) continue;
      const value = base + wp * p;
      if (value < x || value >= bestU) continue;
      bestU = value;
      bestQ = q;
      bestT = t;
      bestP = p;
      if (value <= floor) return Object.freeze({ quantity: bestQ, deliveryDay: bestT, unitPrice: bestP });
    }
  }
  return bestU === Infinity ? null : Object.freeze({ quantity: bestQ, deliveryDay: bestT, unitPrice: bestP });
}

// league-rules.md §16.9 RandomAgent (scml: src/scml/scml2020/agents/random.py): the
// IndependentNegotiationsAgent whose utility is a random utility function (reserved value 0) per
// negotiation, driven by the aspiration negotiator (negotiation.md B.1: Boulware e = 4, ε = 0.001).
import type { Rng } from '../../src/core/rng.ts';
import type { SaoNegotiator } from '../../src/negotiation/sao-types.ts';
import { defineFactoryAgent } from '../../worlds/factory/factory-agent.ts';
import type { FactoryIssues, FactoryOffer } from '../../worlds/factory/factory-types.ts';
import { independentAgent } from './independent-base.ts';

export const randomAgent = defineFactoryAgent({
  name: 'RandomAgent',
  description: 'scml RandomAgent: independent negotiations with a fresh random utility per negotiation',
  create(context) {
    return independentAgent(context, (_sell, issues, id) =>
      randomAspiration(issues, context.rng.derive('utility', id)),
    );
  },
});

/**
 * The aspiration negotiator over a random utility (NegMAS RandomUtilityFunction: one uniform value per
 * outcome, drawn in enumeration order quantity, day, price; reserved value 0). Offers the lowest-valued
 * outcome at or above the band's lower end (first in enumeration order on ties), accepts an offer worth
 * at least that; an offer outside the box is worth the reserved value. One linear scan per distinct
 * relative time instead of an enumerated, sorted outcome list.
 */
function randomAspiration(issues: FactoryIssues, rng: Rng): SaoNegotiator<FactoryOffer> {
  const { quantity: Q, deliveryDay: T, unitPrice: P } = issues;
  const nT = T.max - T.min + 1;
  const nP = P.max - P.min + 1;
  const n = (Q.max - Q.min + 1) * nT * nP;
  const values = new Float64Array(n);
  let uMax = -Infinity;
  let uWorst = Infinity;
  let best = 0;
  for (let k = 0; k < n; k++) {
    const v = rng.next();
    values[k] = v;
    if (v > uMax) {
      uMax = v;
      best = k;
    }
    if (v < uWorst) uWorst = v;
  }
  const uMin = Math.max(uWorst, 0);
  const decode = (k: number): FactoryOffer => ({
    quantity: Q.min + Math.floor(k / (nT * nP)),
    deliveryDay: T.min + (Math.floor(k / nP) % nT),
    unitPrice: P.min + (k % nP),
  });
  const valueOf = (o: FactoryOffer): number => {
    const q = o.quantity - Q.min;
    const t = o.deliveryDay - T.min;
    const p = o.unitPrice - P.min;
    if (q < 0 || t < 0 || p < 0 || t >= nT || p >= nP) return 0;
    return values[(q * nT + t) * nP + p] ?? 0;
  };
  let lastT = NaN;
  let lower = uMin;
  let offer = decode(best);
  const update = (time: number): void => {
    if (time === lastT) return;
    lastT = time;
    const a = 1 - Math.pow(Math.min(1, Math.max(0, time)), 4);
    lower = Math.min(uMax, Math.max(uMin, uMin + a * (uMax - uMin) - 0.001));
    let pick = best;
    for (let k = 0; k < n; k++) {
      const v = values[k] as number;
      if (v >= lower && v < (values[pick] as number)) pick = k;
    }
    offer = decode(pick);
  };
  return {
    propose(state) {
      update(state.relativeTime);
      return offer;
    },
    respond(state, o) {
      update(state.relativeTime);
      return valueOf(o) >= lower ? 'accept' : 'reject';
    },
  };
}

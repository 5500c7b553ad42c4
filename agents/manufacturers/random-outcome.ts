// league-rules.md §15.1 RandomOneShotAgent, §15.2 RandomStdAgent (scml: src/scml/oneshot/agents/rand.py,
// src/scml/std/agents/rand.py): a uniformly random outcome of a negotiation's issues.
import type { Rng } from '../../src/core/rng.ts';
import type { LeagueIssues, LeagueOffer } from '../../worlds/base/league-types.ts';

/** Quantity, delivery day and unit price, each uniform in its integer range, drawn in that order. */
export function randomOutcome(issues: LeagueIssues, rng: Rng): LeagueOffer {
  const quantity = rng.int(issues.quantity.min, issues.quantity.max);
  const deliveryDay = rng.int(issues.deliveryDay.min, issues.deliveryDay.max);
  const unitPrice = rng.int(issues.unitPrice.min, issues.unitPrice.max);
  return { quantity, deliveryDay, unitPrice };
}

// A stable identity for outcomes (values in issue order), for the sets of offers kept by MiCRO
// (negotiation.md B.4), top-fraction and the outcome-frequency model (B.6).
import type { Outcome } from '../../src/negotiation/issue.ts';
import type { OutcomeSpace } from '../../src/negotiation/outcome-space.ts';

/** A function from an outcome of `space` to a string equal for equal outcomes and distinct otherwise. */
export function outcomeKeyer(space: OutcomeSpace): (outcome: Outcome) => string {
  const names = space.issues.map((i) => i.name);
  return (outcome) => JSON.stringify(names.map((n) => outcome[n] ?? null));
}

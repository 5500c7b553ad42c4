// league-rules.md §5.3, §14: the issues of an agent's negotiation with one partner (the input issues for
// a supplier, the output issues for a consumer) and the partners it negotiates with today.
import type { LeagueIssues } from '../../worlds/base/league-types.ts';
import type { LeagueView } from '../../worlds/base/league-view.ts';

/** Today's issues of the negotiation with `partner`: output issues for a consumer, else input issues. */
export function partnerIssues(view: LeagueView, partner: string): LeagueIssues | null {
  return view.myConsumers.includes(partner) ? view.currentOutputIssues : view.currentInputIssues;
}

/**
 * Every partner the agent negotiates with today, running or ended, in the order the negotiations were
 * created: the reference's negotiator table, which keeps ended negotiations (auto_kill = False, §15.0).
 */
export function todaysPartners(view: LeagueView): readonly string[] {
  return view.todaysPartners;
}

// league-rules.md §15.1 RandomOneShotAgent (scml: src/scml/oneshot/agents/rand.py): random offers; one
// draw per response decides end (0.5 %), accept (10 %) or reject.
import { defineLeagueAgent } from '../../worlds/base/league-agent.ts';
import { partnerIssues } from './partner-issues.ts';
import { randomOutcome } from './random-outcome.ts';

/** One draw r: end if r < 0.005, accept if r < 0.105, else reject. */
export function randomOneShotResponse(r: number): 'accept' | 'reject' | 'end' {
  return r < 0.005 ? 'end' : r < 0.105 ? 'accept' : 'reject';
}

export const randomOneShot = defineLeagueAgent({
  name: 'RandomOneShot',
  description:
    'Random agent (scml RandomOneShotAgent): random offers, accepts 10 % and ends 0.5 % of the time',
  worlds: ['oneshot'],
  create({ view, rng }) {
    return {
      style: 'negotiation',
      propose(partner) {
        const issues = partnerIssues(view, partner);
        return issues === null ? null : randomOutcome(issues, rng);
      },
      respond: () => randomOneShotResponse(rng.next()),
    };
  },
});

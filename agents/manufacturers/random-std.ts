// league-rules.md §15.2 RandomStdAgent (scml: src/scml/std/agents/rand.py): random offers over all three
// issues; two independent draws per response: end (0.5 %), then accept (10 %), else reject.
import { defineLeagueAgent } from '../../worlds/base/league-agent.ts';
import { partnerIssues } from './partner-issues.ts';
import { randomOutcome } from './random-outcome.ts';

export const randomStd = defineLeagueAgent({
  name: 'RandomStd',
  description:
    'Random Std filler (scml RandomStdAgent): random offers, ends 0.5 % and then accepts 10 % of the time',
  worlds: ['std'],
  create({ view, rng }) {
    return {
      style: 'negotiation',
      propose(partner) {
        const issues = partnerIssues(view, partner);
        return issues === null ? null : randomOutcome(issues, rng);
      },
      respond() {
        if (rng.next() < 0.005) return 'end';
        return rng.next() < 0.1 ? 'accept' : 'reject';
      },
    };
  },
});

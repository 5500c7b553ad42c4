// league-rules.md §15.1 NiceAgent (scml: src/scml/oneshot/agents/rand.py): random offers, accepts everything.
import { defineLeagueAgent } from '../../worlds/base/league-agent.ts';
import { partnerIssues } from './partner-issues.ts';
import { randomOutcome } from './random-outcome.ts';

export const nice = defineLeagueAgent({
  name: 'Nice',
  description: 'Nice agent (scml NiceAgent): random offers, accepts every offer',
  worlds: ['oneshot'],
  create({ view, rng }) {
    return {
      style: 'negotiation',
      propose(partner) {
        const issues = partnerIssues(view, partner);
        return issues === null ? null : randomOutcome(issues, rng);
      },
      respond: () => 'accept',
    };
  },
});

// league-rules.md §15.1 OneshotDoNothingAgent, §15.2 StdDoNothingAgent (scml: src/scml/oneshot/agents/nothing.py):
// proposes nothing and ends every negotiation.
import { defineLeagueAgent } from '../../worlds/base/league-agent.ts';

export const doNothing = defineLeagueAgent({
  name: 'DoNothing',
  description:
    'Does nothing (scml OneshotDoNothingAgent): ends every negotiation; its exogenous contracts stay unmatched',
  worlds: ['oneshot', 'std'],
  create() {
    return { style: 'negotiation', propose: () => null, respond: () => 'end' };
  },
});

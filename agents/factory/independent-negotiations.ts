// league-rules.md §16.9 IndependentNegotiationsAgent (scml: src/scml/scml2020/agents/indneg.py):
// one aspiration negotiator per partner with the linear utility (1, 1, 10) selling, (1, -1, -10) buying.
import { defineFactoryAgent } from '../../worlds/factory/factory-agent.ts';
import { independentAgent } from './independent-base.ts';
import { BUY_WEIGHTS, linearAspiration, SELL_WEIGHTS } from './linear-aspiration.ts';

export const independentNegotiationsAgent = defineFactoryAgent({
  name: 'IndependentNegotiationsAgent',
  description:
    'scml IndependentNegotiationsAgent: one aspiration negotiator per partner, reacts to every signed contract, accepts every request',
  create(context) {
    return independentAgent(context, (sell, issues) =>
      linearAspiration(issues, sell ? SELL_WEIGHTS : BUY_WEIGHTS),
    );
  },
});

// league-rules.md §16.9 DoNothingAgent (scml: src/scml/scml2020/agents/do_nothing.py): refuses all
// requests, signs nothing, never produces.
import { defineFactoryAgent } from '../../worlds/factory/factory-agent.ts';

export const doNothingAgent = defineFactoryAgent({
  name: 'DoNothingAgent',
  description: 'scml DoNothingAgent: refuses every request, signs nothing, never produces',
  create() {
    return {
      respondToNegotiationRequest: () => null,
      signAllContracts: (contracts) => contracts.map(() => false),
    };
  },
});

// league-rules.md §16.9 BuyCheapSellExpensiveAgent (scml: src/scml/scml2020/agents/bcse.py): the
// IndependentNegotiationsAgent with its weights stated explicitly: selling (1, 1, 10), more, later and
// dearer is better; buying (1, -1, -10).
import { defineFactoryAgent } from '../../worlds/factory/factory-agent.ts';
import { independentAgent } from './independent-base.ts';
import { linearAspiration } from './linear-aspiration.ts';

export const buyCheapSellExpensiveAgent = defineFactoryAgent({
  name: 'BuyCheapSellExpensiveAgent',
  description:
    'scml BuyCheapSellExpensiveAgent: independent aspiration negotiations that buy cheap and sell dear',
  create(context) {
    return independentAgent(context, (sell, issues) =>
      linearAspiration(
        issues,
        sell
          ? { quantity: 1, deliveryDay: 1, unitPrice: 10 }
          : { quantity: 1, deliveryDay: -1, unitPrice: -10 },
      ),
    );
  },
});

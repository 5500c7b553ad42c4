// Isolation fixture: every propose busy-waits 40 ms, then offers one unit at the best price.
import { defineLeagueAgent } from '../../../worlds/base/league-agent.ts';

export default defineLeagueAgent({
  name: 'SlowPropose',
  description: 'test agent: takes 40 ms per offer',
  worlds: ['oneshot', 'std'],
  create({ view }) {
    return {
      style: 'negotiation',
      propose(partner) {
        const until = performance.now() + 40;
        while (performance.now() < until);
        const issues = view.mySuppliers.includes(partner)
          ? view.currentInputIssues
          : view.currentOutputIssues;
        return issues === null
          ? null
          : { quantity: 1, deliveryDay: view.currentStep, unitPrice: issues.unitPrice.max };
      },
      respond: () => 'reject',
    };
  },
});

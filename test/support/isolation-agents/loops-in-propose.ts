// Isolation fixture: from day 1 on, propose never returns (an infinite loop).
import { defineLeagueAgent } from '../../../worlds/base/league-agent.ts';

export default defineLeagueAgent({
  name: 'LoopsInPropose',
  description: 'test agent: loops for ever in propose from day 1',
  worlds: ['oneshot', 'std'],
  create({ view }) {
    return {
      style: 'negotiation',
      propose(partner) {
        if (view.currentStep >= 1) for (;;);
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

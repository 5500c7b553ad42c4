// league-rules.md §16.3: one request per partner for a manager's plan (§16.9).
import type { SaoNegotiator } from '../../src/negotiation/sao-types.ts';
import type { FactoryActions } from '../../worlds/factory/factory-agent.ts';
import type { FactoryIssues, FactoryOffer } from '../../worlds/factory/factory-types.ts';
import type { FactoryView } from '../../worlds/factory/factory-view.ts';
import type { NegotiationPlan } from './negotiation-manager.ts';

/** The issues a plan asks for. */
export function planIssues(plan: NegotiationPlan): FactoryIssues {
  return {
    quantity: { min: plan.quantity[0], max: plan.quantity[1] },
    deliveryDay: { min: plan.deliveryDay[0], max: plan.deliveryDay[1] },
    unitPrice: { min: plan.unitPrice[0], max: plan.unitPrice[1] },
  };
}

/** Requests the plan's negotiation from each partner; returns the ids of those that started. */
export function requestPlan(
  view: FactoryView,
  actions: FactoryActions,
  plan: NegotiationPlan,
  negotiatorFor: (partner: string, issues: FactoryIssues) => SaoNegotiator<FactoryOffer>,
): string[] {
  const issues = planIssues(plan);
  const ids: string[] = [];
  for (const partner of plan.partners) {
    const id = actions.requestNegotiation(
      {
        isBuy: !plan.sell,
        product: plan.sell ? view.outputProduct : view.inputProduct,
        quantity: plan.quantity,
        deliveryDay: plan.deliveryDay,
        unitPrice: plan.unitPrice,
        partner,
      },
      negotiatorFor(partner, issues),
    );
    if (id !== null) ids.push(id);
  }
  return ids;
}

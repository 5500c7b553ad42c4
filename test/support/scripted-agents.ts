import {
  type LeagueAgentContext,
  type LeagueAgentType,
  defineLeagueAgent,
} from '../../worlds/base/league-agent.ts';
import type { LeagueOffer } from '../../worlds/base/league-types.ts';

/** Offers `quantity` units at the cheapest (buying) or dearest (selling) price of today's issues, accepts anything. */
export function fixedOfferAgent(
  name: string,
  quantity = 5,
  options: { cheap?: boolean } = {},
): LeagueAgentType {
  return defineLeagueAgent({
    name,
    description: 'test agent: one fixed offer, accepts everything',
    worlds: ['oneshot', 'std'],
    create(ctx: LeagueAgentContext) {
      return {
        style: 'negotiation',
        propose(partner): LeagueOffer | null {
          const v = ctx.view;
          const buying = v.mySuppliers.includes(partner);
          const issues = buying ? v.currentInputIssues : v.currentOutputIssues;
          if (issues === null) return null;
          const price = options.cheap ? issues.unitPrice.min : issues.unitPrice.max;
          return { quantity, deliveryDay: v.currentStep, unitPrice: price };
        },
        respond: () => 'accept',
      };
    },
  });
}

/** Resolves agent type names from a list. */
export function resolverOf(types: readonly LeagueAgentType[]): (name: string) => LeagueAgentType | undefined {
  const byName = new Map(types.map((t) => [t.name, t]));
  return (name) => byName.get(name);
}

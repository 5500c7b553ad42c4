import { type LeagueAgentType, defineLeagueAgent } from '../../worlds/base/league-agent.ts';
import type { LeagueContract, LeagueIssues } from '../../worlds/base/league-types.ts';

/** What the checking agent saw, for property tests to inspect after a run. */
export interface Observation {
  readonly agent: string;
  readonly day: number;
  readonly neededSales: number;
  readonly expectedNeededSales: number;
  readonly neededSupplies: number;
  readonly expectedNeededSupplies: number;
  readonly negotiatedWhileBankrupt: boolean;
}

/**
 * A seeded random agent that also checks its view: at the end of each day it compares the view's needed
 * sales/supplies with what it computes from the contracts it was told about. `acceptRate` is the chance
 * of accepting an offer; offers are uniform inside today's issues.
 */
export function randomCheckingAgent(
  name: string,
  observations: Observation[],
  acceptRate = 0.3,
): LeagueAgentType {
  return defineLeagueAgent({
    name,
    description: 'test agent: random offers, checks its view',
    worlds: ['oneshot', 'std'],
    create(ctx) {
      const v = ctx.view;
      const signed: LeagueContract[] = [];
      let negotiatedWhileBankrupt = false;
      const issuesWith = (partner: string): LeagueIssues | null =>
        v.mySuppliers.includes(partner) ? v.currentInputIssues : v.currentOutputIssues;
      const check = (): void => {
        if (v.isBankrupt(v.name)) negotiatedWhileBankrupt = true;
      };
      return {
        style: 'negotiation',
        propose(partner) {
          check();
          const i = issuesWith(partner);
          if (i === null) return null;
          return {
            quantity: ctx.rng.int(i.quantity.min, i.quantity.max),
            deliveryDay: ctx.rng.int(i.deliveryDay.min, i.deliveryDay.max),
            unitPrice: ctx.rng.int(i.unitPrice.min, i.unitPrice.max),
          };
        },
        respond() {
          check();
          return ctx.rng.next() < acceptRate ? 'accept' : 'reject';
        },
        onNegotiationSuccess(contract) {
          signed.push(contract);
        },
        step() {
          const today = v.currentStep;
          let sales = 0;
          let supplies = 0;
          for (const c of signed) {
            if (
              c.deliveryDay !== today ||
              v.isBankrupt(v.name) ||
              v.isBankrupt(c.buyer === v.name ? c.seller : c.buyer)
            )
              continue;
            if (c.seller === v.name) sales += c.quantity;
            else supplies += c.quantity;
          }
          const base =
            v.currentExogenousInputQuantity +
            v.currentInventoryInput -
            v.currentExogenousOutputQuantity -
            v.currentInventoryOutput;
          const cap = (n: number): number => (v.isPerishable ? Math.min(n, v.nLines) : n);
          observations.push({
            agent: v.name,
            day: today,
            neededSales: v.neededSales,
            expectedNeededSales: v.isLastLevel ? 0 : cap(base + supplies - sales),
            neededSupplies: v.neededSupplies,
            expectedNeededSupplies: v.isFirstLevel ? 0 : cap(-base + sales - supplies),
            negotiatedWhileBankrupt,
          });
        },
      };
    },
  });
}

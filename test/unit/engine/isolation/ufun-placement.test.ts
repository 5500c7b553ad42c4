import { describe, expect, it } from 'vitest';
import { ufunPlacementOf } from '../../../../src/engine/isolation/ufun-placement.ts';
import { type LeagueAgentContext, defineLeagueAgent } from '../../../../worlds/base/league-agent.ts';
import { LeagueUfun } from '../../../../worlds/base/league-ufun.ts';
import { LeagueWorld } from '../../../../worlds/base/league-world.ts';
import { handConfig } from '../../../support/hand-config.ts';
import { fixedOfferAgent, resolverOf } from '../../../support/scripted-agents.ts';

/** Everything a profit function answers, for the partners and contracts the view shows. */
function answers(u: LeagueUfun, ctx: LeagueAgentContext): unknown {
  const v = ctx.view;
  const partners = [...v.allSuppliers(v.myInputProduct), ...v.allConsumers(v.myOutputProduct), 'nobody'];
  const offer = { quantity: 3, deliveryDay: v.currentStep, unitPrice: 12 };
  return {
    best: u.findLimit(true),
    worst: u.findLimit(false),
    reserved: u.reservedValue,
    suppliers: partners.map((p) => u.isSupplier(p)),
    single: partners.map((p) => u.evalOffer(p, offer)),
    all: u.fromOffers(Object.fromEntries(partners.map((p) => [p, offer]))),
    contracts: u.fromContracts(v.contractsAt(v.currentStep)),
  };
}

describe('ufunPlacementOf()', () => {
  it("rebuilds, from the view and the plain inputs, a profit function that answers as the world's does", () => {
    let checked = 0;
    const Fixed = fixedOfferAgent('Fixed');
    const Checker = defineLeagueAgent({
      name: 'Checker',
      description: 'compares its profit function with a rebuilt one',
      worlds: ['oneshot', 'std'],
      create(ctx) {
        const check = (): void => {
          const u = ctx.ufun();
          const rebuilt = new LeagueUfun(u.inputs, ufunPlacementOf(ctx.view));
          expect(answers(rebuilt, ctx)).toEqual(answers(u, ctx));
          checked++;
        };
        check();
        const inner = Fixed.create(ctx);
        return {
          style: 'negotiation',
          propose: (p, s) => {
            check();
            return inner.style === 'negotiation' ? inner.propose(p, s) : null;
          },
          respond: () => 'accept',
          init: check,
          beforeStep: check,
          step: check,
        };
      },
    });
    for (const std of [false, true]) {
      const config = handConfig({ agentTypes: ['Checker', 'Fixed'], perLevel: 2, nSteps: 4, std });
      const world = new LeagueWorld({ config, seed: 'ufun', resolveAgent: resolverOf([Checker, Fixed]) });
      while (!world.finished) world.runDay();
    }
    expect(checked).toBeGreaterThan(40);
  });
});

import { describe, expect, it } from 'vitest';
import { defineLeagueAgent } from '../../../../worlds/base/league-agent.ts';
import { LeagueWorld } from '../../../../worlds/base/league-world.ts';
import type { LeagueOffer } from '../../../../worlds/base/league-types.ts';
import { handConfig } from '../../../support/hand-config.ts';
import { fixedOfferAgent, resolverOf } from '../../../support/scripted-agents.ts';

const Fixed = fixedOfferAgent('Fixed');

describe('LeagueWorld', () => {
  it('runDay() signs what both sides accept and books every factory with its own profit function', () => {
    const world = new LeagueWorld({
      config: handConfig({ agentTypes: ['Fixed'], nSteps: 2 }),
      seed: 's',
      resolveAgent: resolverOf([Fixed]),
    });
    const day = world.runDay();
    expect(day.negotiations).toHaveLength(4);
    expect(day.contracts).toHaveLength(4);
    // A first-level factory: buys 5 @ 10 exogenously, sells 2 x 5 @ 16 but can make only 5.
    // profit = 5*16 - 50 - 2*5 - 0.6 * 16 * 5 (shortfall on the 5 units it cannot make, scaled by product 1's price).
    const first = day.agents.find((a) => a.agent === '00Fi@0');
    expect(first?.profit).toBeCloseTo(80 - 50 - 10 - 48, 10);
    expect(first?.shortfallQuantity).toBe(5);
    expect(world.state.day).toBe(1);
  });

  it('calls success on the requester first, then the responder, with the contract already in both views', () => {
    const calls: string[] = [];
    const Watcher = defineLeagueAgent({
      name: 'Watcher',
      description: 'records callbacks',
      worlds: ['oneshot'],
      create(ctx) {
        const base = Fixed.create(ctx);
        return {
          ...base,
          style: 'negotiation',
          propose: (p: string, s) => (base.style === 'negotiation' ? base.propose(p, s) : null),
          onNegotiationSuccess(contract) {
            calls.push(
              `${ctx.view.name}:${contract.seller}>${contract.buyer}:${ctx.view.totalSales + ctx.view.totalSupplies}`,
            );
          },
        };
      },
    });
    const world = new LeagueWorld({
      config: handConfig({ agentTypes: ['Watcher'], perLevel: 1, nSteps: 1 }),
      seed: 's',
      resolveAgent: resolverOf([Watcher]),
    });
    world.runDay();
    expect(calls).toEqual(['01Wa@1:00Wa@0>01Wa@1:5', '00Wa@0:00Wa@0>01Wa@1:5']);
  });

  it('hands a sync agent all current offers at once', () => {
    const seen: number[] = [];
    const Sync = defineLeagueAgent({
      name: 'Sync',
      description: 'sync test agent',
      worlds: ['oneshot'],
      create(ctx) {
        return {
          style: 'sync',
          firstProposals() {
            const out: Record<string, LeagueOffer | null> = {};
            for (const p of ctx.view.myPartners)
              out[p] = { quantity: 1, deliveryDay: ctx.view.currentStep, unitPrice: 1 };
            return out;
          },
          counterAll(offers) {
            seen.push(Object.keys(offers).length);
            const out: Record<string, { response: 'accept' }> = {};
            for (const p of Object.keys(offers)) out[p] = { response: 'accept' };
            return out;
          },
        };
      },
    });
    // Level 0 runs Sync (3 of them), level 1 runs Fixed: each level-1 factory opens with all 3 suppliers.
    const config = handConfig({
      agentTypes: ['Sync', 'Sync', 'Sync', 'Fixed', 'Fixed', 'Fixed'],
      perLevel: 3,
      nSteps: 1,
    });
    const day = new LeagueWorld({ config, seed: 's', resolveAgent: resolverOf([Sync, Fixed]) }).runDay();
    // Every supplier holds offers from all 3 buyers before deciding once.
    expect(seen).toEqual([3, 3, 3]);
    expect(day.contracts).toHaveLength(9);
  });

  it('contains an agent that throws: the negotiation ends in error, the fault is recorded, the world goes on', () => {
    const Thrower = defineLeagueAgent({
      name: 'Thrower',
      description: 'throws',
      worlds: ['oneshot'],
      create: () => ({
        style: 'negotiation',
        propose() {
          throw new Error('bad agent');
        },
        beforeStep() {
          throw new Error('bad step');
        },
      }),
    });
    const config = handConfig({ agentTypes: ['Fixed', 'Fixed', 'Thrower', 'Fixed'], nSteps: 2 });
    const world = new LeagueWorld({ config, seed: 's', resolveAgent: resolverOf([Fixed, Thrower]) });
    const day = world.runDay();
    expect(day.negotiations.filter((n) => n.status === 'error')).toHaveLength(2);
    expect(day.faults.map((f) => f.callback).sort()).toEqual(['beforeStep', 'propose', 'propose']);
    expect(world.runDay().day).toBe(1);
  });

  it('gives agents a view they cannot change', () => {
    let attempt: unknown = null;
    const Mutator = defineLeagueAgent({
      name: 'Mutator',
      description: 'tries to mutate its view',
      worlds: ['oneshot'],
      create(ctx) {
        return {
          style: 'negotiation',
          propose: () => null,
          beforeStep() {
            try {
              (ctx.view.tradingPrices as number[])[1] = 1000;
            } catch (err) {
              attempt = err;
            }
          },
        };
      },
    });
    const world = new LeagueWorld({
      config: handConfig({ agentTypes: ['Mutator'], nSteps: 1 }),
      seed: 's',
      resolveAgent: resolverOf([Mutator]),
    });
    world.runDay();
    expect(attempt).toBeInstanceOf(TypeError);
    expect(world.state.tradingPrices[1]).toBe(16);
  });

  it('bankrupts a factory whose balance goes negative, nullifies its future contracts and excludes it', () => {
    const config = handConfig({ agentTypes: ['Fixed'], nSteps: 4, std: true, perLevel: 1 });
    const poor = {
      ...config,
      factories: config.factories.map((f, i) => (i === 1 ? { ...f, initialBalance: 1 } : f)),
    };
    const FutureBuyer = defineLeagueAgent({
      name: 'Fixed',
      description: 'buys expensive units today and on the last day',
      worlds: ['std'],
      create(ctx) {
        return {
          style: 'negotiation',
          propose(partner) {
            const v = ctx.view;
            const issues = v.mySuppliers.includes(partner) ? v.currentInputIssues : v.currentOutputIssues;
            if (issues === null) return null;
            return {
              quantity: 30,
              deliveryDay: v.currentStep === 0 ? 0 : 3,
              unitPrice: issues.unitPrice.max,
            };
          },
          respond: () => 'accept',
        };
      },
    });
    const world = new LeagueWorld({ config: poor, seed: 's', resolveAgent: resolverOf([FutureBuyer]) });
    const day0 = world.runDay();
    expect(day0.bankruptcies.map((b) => b.agent)).toEqual(['01Fi@1']);
    const day1 = world.runDay();
    expect(day1.negotiations).toHaveLength(0);
    expect(world.state.factories[1]?.bankrupt).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { type LeagueAgentContext, defineLeagueAgent } from '../../../../worlds/base/league-agent.ts';
import { LeagueView } from '../../../../worlds/base/league-view.ts';
import { LeagueWorld } from '../../../../worlds/base/league-world.ts';
import { handConfig } from '../../../support/hand-config.ts';
import { fixedOfferAgent, resolverOf } from '../../../support/scripted-agents.ts';

/** Runs a 6-day world where factory 00 keeps its context and snapshots what its view shows each day. */
function spy() {
  const contexts: LeagueAgentContext[] = [];
  const seen: { day: number; reports: unknown; partners: string[]; contracts: string[] }[] = [];
  const Fixed = fixedOfferAgent('Fixed');
  const Spy = defineLeagueAgent({
    name: 'Spy',
    description: 'records what its view shows',
    worlds: ['oneshot'],
    create(ctx) {
      contexts.push(ctx);
      const inner = Fixed.create(ctx);
      return {
        ...inner,
        style: 'negotiation',
        propose: (p, s) => (inner.style === 'negotiation' ? inner.propose(p, s) : null),
        step() {
          const v = ctx.view;
          seen.push({
            day: v.currentStep,
            reports: v.financialReports.map((r) => [r.agent, r.day, r.cash]),
            partners: Object.keys(v.currentNegotiationDetails),
            contracts: v.contractsAt(v.currentStep).map((c) => `${c.seller}>${c.buyer}`),
          });
        },
      };
    },
  });
  const config = handConfig({
    agentTypes: ['Spy', 'Fixed', 'Fixed', 'Fixed', 'Fixed', 'Fixed'],
    perLevel: 3,
    nSteps: 7,
  });
  const world = new LeagueWorld({ config, seed: 'p', resolveAgent: resolverOf([Spy, Fixed]) });
  while (!world.finished) world.runDay();
  return { contexts, seen, world };
}

describe('LeagueView privacy', () => {
  it('gives an agent only its view, its stream, its params and its profit function', () => {
    const { contexts } = spy();
    expect(Object.keys(contexts[0] ?? {}).sort()).toEqual(['params', 'rng', 'ufun', 'view']);
    const view = contexts[0]?.view;
    expect(view).toBeInstanceOf(LeagueView);
    // The world reader is a true private field: nothing of it is enumerable or reachable by name.
    expect(Object.keys(view ?? {})).toEqual([]);
    expect(Object.getOwnPropertyNames(view ?? {})).toEqual([]);
    expect((view as unknown as Record<string, unknown>)['r']).toBeUndefined();
    expect(Object.isFrozen(view)).toBe(true);
  });

  it('lists only its own negotiations and contracts', () => {
    const { seen } = spy();
    for (const s of seen) {
      expect(s.partners.sort()).toEqual(['03Fi@1', '04Fi@1', '05Fi@1']);
      for (const c of s.contracts) expect(c.startsWith('00Sp@0>')).toBe(true);
    }
  });

  it('shows other factories balances only through the reports published every 5 days', () => {
    const { seen, world } = spy();
    const day = (d: number) => seen.find((s) => s.day === d)?.reports;
    // Reports are published at the end of days 0 and 5: agents see day 0's until day 5 is booked.
    expect(day(1)).toEqual(day(5));
    expect(day(6)).not.toEqual(day(5));
    const balances = world.state.factories.map((f) => f.balance);
    expect(JSON.stringify(day(6))).not.toContain(String(balances[3]));
  });

  it('exposes no accessor that returns the world, the state or other agents', () => {
    const names = Object.getOwnPropertyNames(LeagueView.prototype);
    for (const forbidden of ['state', 'world', 'agents', 'config', 'reader', 'today', 'negotiations']) {
      expect(names).not.toContain(forbidden);
    }
  });
});

describe('LeagueView and the world config', () => {
  it('cannot change the world through the arrays it hands out', () => {
    let error: unknown = null;
    const Writer = defineLeagueAgent({
      name: 'Writer',
      description: 'writes to the catalog prices it is shown',
      worlds: ['oneshot'],
      create: (ctx) => ({
        style: 'negotiation',
        propose: () => null,
        init() {
          try {
            (ctx.view.catalogPrices as number[])[1] = 1e6;
          } catch (err) {
            error = err;
          }
        },
      }),
    });
    const config = handConfig({ agentTypes: ['Writer'], nSteps: 1 });
    const world = new LeagueWorld({ config, seed: 'w', resolveAgent: resolverOf([Writer]) });
    world.runDay();
    expect(error).toBeInstanceOf(TypeError);
    expect(world.config.catalogPrices[1]).toBe(16);
    expect(config.catalogPrices[1]).toBe(16);
  });
});

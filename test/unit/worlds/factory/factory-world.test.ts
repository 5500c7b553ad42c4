import { describe, expect, it } from 'vitest';
import type { SaoNegotiator } from '../../../../src/negotiation/sao-types.ts';
import type { FactoryConfig } from '../../../../worlds/factory/factory-config.ts';
import type { FactoryDayRecord } from '../../../../worlds/factory/factory-records.ts';
import type { FactoryOffer } from '../../../../worlds/factory/factory-types.ts';
import { FactoryWorld } from '../../../../worlds/factory/factory-world.ts';
import { handFactoryConfig, resolverOf, scripted } from './factory-fixtures.ts';

const yes = (offer: FactoryOffer): SaoNegotiator<FactoryOffer> => ({
  propose: () => offer,
  respond: () => 'accept',
});
const sale = { isBuy: false, product: 1, quantity: 2, deliveryDay: 1, unitPrice: 20, partner: 'B' } as const;

/** A sells 2 units of product 1 to B for day 1, asking in init(); both run every line they can. */
const Seller = scripted('Seller', ({ actions, view }) => ({
  init() {
    actions.requestNegotiation(sale, yes({ quantity: 2, deliveryDay: 1, unitPrice: 20 }));
  },
  step() {
    actions.setCommands(new Array<number>(view.nLines).fill(view.process));
  },
}));
const Buyer = scripted('Buyer', ({ actions, view }) => ({
  respondToNegotiationRequest: () => yes({ quantity: 2, deliveryDay: 1, unitPrice: 20 }),
  step() {
    actions.setCommands(new Array<number>(view.nLines).fill(view.process));
  },
}));

function chain(overrides: Partial<FactoryConfig['rules']> = {}): FactoryConfig {
  return handFactoryConfig({
    agentTypes: ['Seller', 'Buyer'],
    rules: overrides,
    exogenous: [
      { factory: 0, isSale: false, product: 0, quantity: 2, unitPrice: 10, deliveryDay: 0, revealDay: 0 },
      { factory: 1, isSale: true, product: 2, quantity: 1, unitPrice: 40, deliveryDay: 2, revealDay: 0 },
    ],
  });
}

function runAll(world: FactoryWorld): FactoryDayRecord[] {
  const days: FactoryDayRecord[] = [];
  while (!world.finished) days.push(world.runDay());
  return days;
}

describe('FactoryWorld', () => {
  it('runDay() moves goods and money through a two-level chain: supply, production, sale, production, exogenous sale', () => {
    const world = new FactoryWorld({ config: chain(), seed: 's', resolveAgent: resolverOf([Seller, Buyer]) });
    const [d0, d1, d2] = runAll(world);
    expect(d0?.negotiations.map((n) => [n.status, n.requester, n.agreement])).toEqual([
      ['agreement', 'A', { quantity: 2, deliveryDay: 1, unitPrice: 20 }],
    ]);
    expect(d0?.contracts.map((c) => c.id)).toEqual(['x0', 'x1', 'c0']);
    // Day 0: A buys 2 raw units (20) and turns them into product 1 (2 runs at 1 each).
    expect(d0?.agents[0]).toMatchObject({ balance: 78, inventory: [0, 2, 0] });
    // Day 1: A delivers the 2 units to B for 40; B makes product 2 (cost 2).
    expect(d1?.agents.map((a) => [a.balance, a.inventory])).toEqual([
      [118, [0, 0, 0]],
      [58, [0, 0, 2]],
    ]);
    // Day 2: B sells 1 unit to BUYER for 40; its trading price moves towards 40.
    expect(d2?.agents[1]).toMatchObject({ balance: 98, inventory: [0, 0, 1] });
    expect(d2?.products[2]?.tradingPrice).toBeCloseTo((0.9 * 50 * 30 + 40) / (45 + 1), 12);
    expect(d2?.ledger.map((e) => [e.kind, e.agent, e.quantity, e.money, e.counterparty])).toEqual([
      ['exogenous', 'B', -1, 40, 'BUYER'],
    ]);
    expect(world.state.day).toBe(5);
  });

  it('publishes financial reports every period and a bulletin-board exogenous summary', () => {
    const world = new FactoryWorld({ config: chain(), seed: 's', resolveAgent: resolverOf([Seller, Buyer]) });
    const days = runAll(world);
    expect(days.map((d) => d.reports.length)).toEqual([2, 0, 0, 0, 0]);
    expect(world.state.reports[0]?.[0]).toEqual({
      agent: 'A',
      day: 0,
      cash: 78,
      assets: 40,
      breachProbability: 0,
      breachLevel: 0,
      bankrupt: false,
    });
    expect(world.exogenousSummary).toEqual([
      { product: 0, day: 0, totalQuantity: 2, totalPrice: 20 },
      { product: 2, day: 2, totalQuantity: 1, totalPrice: 40 },
    ]);
  });

  it('runs a negotiation requested during step() in the next day, and lets a partner refuse', () => {
    const calls: string[] = [];
    const Late = scripted('Late', ({ actions, view }) => ({
      step() {
        if (view.currentStep === 0)
          calls.push(
            String(
              actions.requestNegotiation(
                { ...sale, deliveryDay: 3 },
                yes({ quantity: 2, deliveryDay: 3, unitPrice: 20 }),
              ),
            ),
          );
        if (view.currentStep === 1)
          calls.push(
            String(
              actions.requestNegotiation(
                { ...sale, deliveryDay: 3 },
                yes({ quantity: 2, deliveryDay: 3, unitPrice: 20 }),
              ),
            ),
          );
      },
    }));
    let answered = 0;
    const Picky = scripted('Picky', () => ({
      respondToNegotiationRequest: () =>
        answered++ === 0 ? yes({ quantity: 2, deliveryDay: 3, unitPrice: 20 }) : null,
    }));
    const config = handFactoryConfig({ agentTypes: ['Late', 'Picky'] });
    const world = new FactoryWorld({ config, seed: 's', resolveAgent: resolverOf([Late, Picky]) });
    const [d0, d1] = [world.runDay(), world.runDay()];
    expect(calls).toEqual(['n0', 'null']);
    expect(d0?.negotiations).toEqual([]);
    expect(d1?.negotiations.map((n) => [n.id, n.requestedDay, n.day, n.status])).toEqual([
      ['n0', 0, 1, 'agreement'],
    ]);
    expect(d1?.requests).toEqual({ accepted: 0, refused: 1 });
  });

  it('caps accepted requests per pair per half-day, counting request_negotiations twice', () => {
    const ids: (string | null)[] = [];
    const Eager = scripted('Eager', ({ actions }) => ({
      init() {
        ids.push(
          ...actions.requestNegotiations({ ...sale, partners: ['B'] }, () =>
            yes({ quantity: 2, deliveryDay: 1, unitPrice: 20 }),
          ),
        );
        ids.push(actions.requestNegotiation(sale, yes({ quantity: 2, deliveryDay: 1, unitPrice: 20 })));
      },
    }));
    const config = handFactoryConfig({
      agentTypes: ['Eager', 'Buyer'],
      rules: { negotiation: { nSteps: 20, speed: 21, maxRequestsPerPair: 2, quotaPerStep: null } },
    });
    new FactoryWorld({ config, seed: 's', resolveAgent: resolverOf([Eager, Buyer]) }).runDay();
    expect(ids).toEqual(['n0', null]);
  });

  it('records a misbehaving agent as faults and keeps running', () => {
    const boom = (): never => {
      throw new Error('boom');
    };
    const Bad = scripted('Bad', ({ actions }) => ({
      init: boom,
      beforeStep: boom,
      step() {
        actions.setCommands([7, 'x' as unknown as number]);
        actions.scheduleProduction({ process: 0, repeats: Number.NaN });
        actions.requestNegotiation(
          { ...sale, quantity: [5, 1] },
          yes({ quantity: 2, deliveryDay: 1, unitPrice: 20 }),
        );
        actions.requestNegotiation(sale, { propose: boom, respond: boom });
        boom();
      },
      signAllContracts: () => 'yes' as unknown as boolean[],
      onContractsFinalized: boom,
      onContractExecuted: boom,
    }));
    const config = chain();
    const world = new FactoryWorld({
      config: {
        ...config,
        factories: config.factories.map((f, i) => (i === 0 ? { ...f, agentType: 'Bad' } : f)),
      },
      seed: 's',
      resolveAgent: resolverOf([Bad, Buyer]),
    });
    const days = runAll(world);
    const faults = days.flatMap((d) => d.faults.map((f) => `${f.day}:${f.callback}`));
    expect(faults).toEqual(
      expect.arrayContaining(['0:init', '0:beforeStep', '0:step', '0:signAllContracts', '1:negotiator']),
    );
    expect(days).toHaveLength(5);
    // The unsigned supply never executes, so A's books never move.
    expect(world.state.factories[0]).toMatchObject({ balance: 100, inventory: [0, 0, 0] });
  });

  it('stops calling a bankrupt agent and tells the others, with the victims’ nullified contracts', () => {
    const seen: string[] = [];
    const Watcher = scripted('Watcher', () => ({
      onAgentBankrupt(agent, contracts, newQuantities) {
        seen.push(`${agent} ${contracts.map((c) => c.id).join(',')} ${newQuantities.join(',')}`);
      },
      respondToNegotiationRequest: () => yes({ quantity: 3, deliveryDay: 2, unitPrice: 20 }),
    }));
    // A owes B 3 units on day 1 it does not have and cannot buy on the spot market (balance 10, L = 0).
    const Requester = scripted('Requester', ({ actions, view }) => ({
      init() {
        actions.requestNegotiation(
          { ...sale, quantity: 3, deliveryDay: [1, 2] },
          yes({ quantity: 3, deliveryDay: 1, unitPrice: 20 }),
        );
        actions.requestNegotiation(
          { ...sale, quantity: 3, deliveryDay: 2 },
          yes({ quantity: 3, deliveryDay: 2, unitPrice: 20 }),
        );
      },
      step() {
        seen.push(`step ${view.currentStep}`);
      },
    }));
    const config = handFactoryConfig({ agentTypes: ['Requester', 'Watcher'], balance: 10 });
    const world = new FactoryWorld({ config, seed: 's', resolveAgent: resolverOf([Requester, Watcher]) });
    const days = runAll(world);
    expect(days[1]?.bankruptcies).toEqual([{ agent: 'A', day: 1, balance: 10, nullifiedContracts: ['c1'] }]);
    expect(days[1]?.compensations).toEqual([
      {
        day: 1,
        bankrupt: 'A',
        victim: 'B',
        contractId: 'c1',
        quantity: 3,
        newQuantity: 0,
        unitPrice: 20,
        money: 0,
        paid: false,
      },
    ]);
    expect(seen).toEqual(['step 0', 'A c1 0']);
    expect(days[2]?.executions).toEqual([]);
  });

  it('gives the same day hashes for the same seed and freezes what agents see', () => {
    const hashes = () =>
      runAll(new FactoryWorld({ config: chain(), seed: 's', resolveAgent: resolverOf([Seller, Buyer]) })).map(
        (d) => d.stateHash,
      );
    expect(hashes()).toEqual(hashes());
    let error: unknown = null;
    const Mutator = scripted('Mutator', ({ view }) => ({
      step() {
        try {
          (view.inventory as number[])[0] = 99;
        } catch (err: unknown) {
          error = err;
        }
      },
    }));
    new FactoryWorld({
      config: handFactoryConfig({ agentTypes: ['Mutator'] }),
      seed: 's',
      resolveAgent: resolverOf([Mutator]),
    }).runDay();
    expect(error).toBeInstanceOf(TypeError);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/core/rng.ts';
import { FACTORY_AGENTS } from '../../../agents/factory/factory-agents.ts';
import { defineFactoryAgent, type FactoryAgentType } from '../../../worlds/factory/factory-agent.ts';
import type { FactoryConfig } from '../../../worlds/factory/factory-config.ts';
import type { FactoryDayRecord } from '../../../worlds/factory/factory-records.ts';
import { generateFactoryConfig } from '../../../worlds/factory/generate-factory-config.ts';
import { FactoryWorld } from '../../../worlds/factory/factory-world.ts';
import { FACTORY_PRESET } from '../../../worlds/factory/preset.ts';

/** Random but legal-looking actions from its own stream: requests, signatures, production. */
const Chaos: FactoryAgentType = defineFactoryAgent({
  name: 'Chaos',
  description: 'random requests, signatures and production for property tests',
  create({ view, actions, rng }) {
    const negotiator = () => ({
      propose: () => ({
        quantity: rng.int(1, 5),
        deliveryDay: Math.min(view.nSteps - 1, view.currentStep + rng.int(1, 3)),
        unitPrice: rng.int(1, 60),
      }),
      respond: () => (rng.next() < 0.3 ? ('accept' as const) : ('reject' as const)),
    });
    return {
      step() {
        const sell = rng.next() < 0.5;
        const partners = (sell ? view.myConsumers : view.mySuppliers).filter((p) => !view.isSystem(p));
        if (partners.length > 0) {
          const s = view.currentStep;
          actions.requestNegotiations(
            {
              isBuy: !sell,
              product: sell ? view.outputProduct : view.inputProduct,
              quantity: [1, 5],
              deliveryDay: [s + 1, s + 3],
              unitPrice: [1, 60],
              partners,
            },
            negotiator,
          );
        }
        actions.setCommands(
          Array.from({ length: view.nLines }, () => (rng.next() < 0.7 ? view.process : -1)),
        );
      },
      respondToNegotiationRequest: () => (rng.next() < 0.8 ? negotiator() : null),
      signAllContracts: (contracts) => contracts.map(() => rng.next() < 0.7),
    };
  },
});

const resolve = new Map([...FACTORY_AGENTS, Chaos].map((a) => [a.name, a]));
const FILLERS = [...FACTORY_AGENTS.map((a) => a.name), 'Chaos'];

const worlds = fc.record({
  seed: fc.integer({ min: 0, max: 1_000_000 }),
  nSteps: fc.integer({ min: 6, max: 16 }),
  nProcesses: fc.integer({ min: 1, max: 3 }),
  limit: fc.constantFrom(0, 0.3, 1),
  immediate: fc.boolean(),
  borrow: fc.boolean(),
  force: fc.boolean(),
});

type WorldArgs = typeof worlds extends fc.Arbitrary<infer T> ? T : never;

function makeWorld(w: WorldArgs): { config: FactoryConfig; days: FactoryDayRecord[] } {
  const params = {
    ...FACTORY_PRESET.params,
    nSteps: w.nSteps,
    nProcesses: w.nProcesses,
    nAgentsPerProcess: [1, 3] as const,
    bankruptcyLimitFraction: w.limit,
    rules: {
      ...FACTORY_PRESET.params.rules,
      compensateImmediately: w.immediate,
      borrowOnBreach: w.borrow,
      forceSigning: w.force,
    },
  };
  const config = generateFactoryConfig(
    params,
    { competitors: [], fillers: FILLERS },
    createRng(w.seed).derive('generator'),
  );
  const world = new FactoryWorld({ config, seed: String(w.seed), resolveAgent: (n) => resolve.get(n) });
  const days: FactoryDayRecord[] = [];
  while (!world.finished) days.push(world.runDay());
  return { config, days };
}

const EXTERNAL = new Set([
  'exogenous',
  'production',
  'spot-purchase',
  'interest',
  'loan-charge',
  'liquidation',
  'compensation',
]);

describe('factory world books', () => {
  it('balance every day: replaying the ledger gives every balance and inventory exactly, goods never go negative', () => {
    fc.assert(
      fc.property(worlds, (w) => {
        const { config, days } = makeWorld(w);
        const names = config.factories.map((f) => f.name);
        const balances = config.factories.map((f) => f.initialBalance);
        const stock = config.factories.map(() => new Array<number>(config.nProcesses + 1).fill(0));
        for (const day of days) {
          const before = balances.reduce((s, b) => s + b, 0);
          for (const e of day.ledger) {
            const i = names.indexOf(e.agent);
            balances[i] = (balances[i] as number) + e.money;
            if (e.quantity !== 0) stock[i]![e.product] = (stock[i]![e.product] as number) + e.quantity;
          }
          day.agents.forEach((a, i) => {
            expect(a.balance).toBe(balances[i]);
            expect(a.inventory).toEqual(stock[i]);
            for (const q of a.inventory) expect(q).toBeGreaterThanOrEqual(0);
          });
          // Money and goods appear or vanish only through the external kinds; transfers sum to zero.
          const external = day.ledger.filter((e) => e.kind !== 'transfer');
          for (const e of external) expect(EXTERNAL.has(e.kind)).toBe(true);
          const after = balances.reduce((s, b) => s + b, 0);
          expect(after - before).toBeCloseTo(
            external.reduce((s, e) => s + e.money, 0),
            6,
          );
        }
      }),
      { seed: 42, numRuns: 30 },
    );
  });

  it('record every movement with its cause: paired transfers, exogenous at the contract price, production input = output', () => {
    fc.assert(
      fc.property(worlds, (w) => {
        const { config, days } = makeWorld(w);
        const bankruptOn = new Map<string, number>();
        const prices = new Map<string, number>();
        for (const day of days) {
          for (const c of day.contracts) prices.set(c.id, c.unitPrice);
          const byContract = new Map<string, typeof day.ledger>();
          for (const e of day.ledger) {
            const dead = bankruptOn.get(e.agent);
            // A bankrupt factory's books stop moving after the day it failed.
            if (dead !== undefined) expect(day.day).toBe(dead);
            if (e.kind === 'transfer')
              byContract.set(e.contractId ?? '', [...(byContract.get(e.contractId ?? '') ?? []), e]);
            if (e.kind === 'exogenous') expect(['SELLER', 'BUYER']).toContain(e.counterparty);
            if (e.kind === 'exogenous' || e.kind === 'transfer') {
              expect(Math.abs(e.money)).toBe(Math.abs(e.quantity) * (prices.get(e.contractId ?? '') ?? NaN));
              expect(Math.sign(e.money)).toBe(-Math.sign(e.quantity));
            }
            if (['interest', 'loan-charge', 'liquidation'].includes(e.kind))
              expect([e.quantity, e.money < 0]).toEqual([0, true]);
            if (e.kind === 'spot-purchase') expect(e.quantity > 0 && e.money < 0).toBe(true);
            if (e.kind === 'compensation') expect(e.money).toBeGreaterThan(0);
          }
          for (const pair of byContract.values()) {
            expect(pair).toHaveLength(2);
            expect(pair[0]!.money + pair[1]!.money).toBe(0);
            expect(pair[0]!.quantity + pair[1]!.quantity).toBe(0);
          }
          for (const p of day.production) {
            const mine = day.ledger.filter((e) => e.kind === 'production' && e.agent === p.agent);
            const inputs = config.processInputs[p.process] as number;
            expect(mine.map((e) => [e.product, e.quantity])).toEqual(
              p.runs > 0
                ? [
                    [p.process, -p.runs * inputs],
                    [p.process + 1, p.produced],
                  ]
                : [],
            );
            expect(mine.reduce((s, e) => s - e.money, 0)).toBe(p.cost);
          }
          for (const b of day.bankruptcies) bankruptOn.set(b.agent, b.day);
        }
      }),
      { seed: 42, numRuns: 30 },
    );
  });

  it('same seed gives the same day hashes', () => {
    fc.assert(
      fc.property(worlds, (w) => {
        expect(makeWorld(w).days.map((d) => d.stateHash)).toEqual(makeWorld(w).days.map((d) => d.stateHash));
      }),
      { seed: 42, numRuns: 8 },
    );
  });
});

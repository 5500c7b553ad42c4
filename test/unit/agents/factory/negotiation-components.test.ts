import { describe, expect, it } from 'vitest';
import { MovingRangeController } from '../../../../agents/factory/moving-range-controller.ts';
import { NegotiationManager, type NegotiationPlan } from '../../../../agents/factory/negotiation-manager.ts';
import { StepController } from '../../../../agents/factory/step-controller.ts';
import { SupplyDrivenProduction } from '../../../../agents/factory/supply-driven-production.ts';
import { ProductionSchedule } from '../../../../worlds/factory/production-schedule.ts';
import { contract, handFactoryConfig } from '../../worlds/factory/factory-fixtures.ts';
import { captured } from './agent-fixtures.ts';

const at = (relativeTime: number) => ({
  step: 0,
  relativeTime,
  nSteps: 20,
  currentOffer: null,
  currentProposer: -1,
});

describe('NegotiationManager', () => {
  it('opens buy then sell for days 1 .. H + 1 on day 0, with the §16.9 ranges, never with system agents', () => {
    const { context } = captured(
      handFactoryConfig({ perProcess: [1, 2], nSteps: 20, nLines: 3, agentTypes: ['Idle', 'Capture'] }),
    );
    const plans: NegotiationPlan[] = [];
    const m = new NegotiationManager(context.view, {
      targetQuantity: () => 4,
      acceptableUnitPrice: () => 10,
      open: (plan) => plans.push(plan),
    });
    m.step();
    expect(plans.map((p) => `${p.sell ? 's' : 'b'}${p.day}`)).toEqual(['b2', 'b3', 'b4', 'b5', 'b6']);
    // B buys product 1 (catalog 20) from A: quantity [1, min(4, 3 · d)], days [1, d - 1], price [10, 30].
    expect(plans[0]).toEqual({
      sell: false,
      day: 2,
      quantity: [1, 4],
      deliveryDay: [1, 1],
      unitPrice: [10, 30],
      partners: ['A'],
    });
    expect(m.plan(3, true)).toBeNull(); // its customer is BUYER, a system agent
  });
});

describe('StepController', () => {
  it('refuses everything once its target is secured and reports when its last negotiation ends', () => {
    const c = new StepController(true, 4, 3);
    const issues = {
      quantity: { min: 1, max: 3 },
      deliveryDay: { min: 4, max: 4 },
      unitPrice: { min: 10, max: 20 },
    };
    const n = c.negotiator(issues);
    c.track('n1');
    c.track('n2');
    expect(n.propose(at(0.1))).toEqual({ quantity: 3, deliveryDay: 4, unitPrice: 20 });
    expect(c.ended('n1', 3)).toBe(false);
    expect(c.done).toBe(true);
    expect(n.respond(at(0.5), { quantity: 1, deliveryDay: 4, unitPrice: 20 })).toBe('end');
    expect(n.propose(at(0.5))).toBeNull();
    expect(c.ended('n2', null)).toBe(true);
    expect([
      c.retryPartner(['X']),
      c.retryPartner(['X']),
      c.retryPartner(['X']),
      c.retryPartner(['X']),
    ]).toEqual(['X', 'X', 'X', null]);
  });
});

describe('MovingRangeController', () => {
  it('rates offers by price (0.7) and fit to the need (0.3), accepting good ones within the need and ending the rest', () => {
    const c = new MovingRangeController(false, () => 4);
    const issues = {
      quantity: { min: 1, max: 4 },
      deliveryDay: { min: 2, max: 3 },
      unitPrice: { min: 10, max: 20 },
    };
    expect(c.utility('k', { quantity: 4, deliveryDay: 2, unitPrice: 10 }, 4)).toBe(1); // unknown key: the price counts as best
    const a = c.negotiator('a', issues);
    const b = c.negotiator('b', issues);
    expect(c.utility('a', { quantity: 4, deliveryDay: 2, unitPrice: 10 }, 4)).toBeCloseTo(1, 12);
    expect(c.utility('a', { quantity: 2, deliveryDay: 2, unitPrice: 20 }, 4)).toBeCloseTo(0.15, 12);
    // The controller waits for both offers, then answers both at once.
    expect(a.respond(at(0.1), { quantity: 4, deliveryDay: 2, unitPrice: 10 })).toBe('wait');
    expect(b.respond(at(0.1), { quantity: 2, deliveryDay: 2, unitPrice: 20 })).toBe('end');
    expect(a.respond(at(0.1), { quantity: 4, deliveryDay: 2, unitPrice: 10 })).toBe('accept');
  });
});

describe('SupplyDrivenProduction', () => {
  it('runs as many lines as it has inputs today', () => {
    const { world, context } = captured();
    new SupplyDrivenProduction(context.view, context.actions).step();
    expect(context.view.commandsOn(0)).toEqual([-1, -1]);
    expect(world.state.day).toBe(0);
  });

  it('books the same cells for a signed purchase as schedule_production(latest, override, partial) would', () => {
    for (const quantity of [1, 2, 5, 30]) {
      const { context } = captured(
        handFactoryConfig({ nSteps: 8, nLines: 3, agentTypes: ['Capture', 'Idle'] }),
      );
      const reference = new ProductionSchedule(8, 3);
      reference.schedule(0, { repeats: quantity, step: [2, 6], method: 'latest', partialOk: true }, 0);
      new SupplyDrivenProduction(context.view, context.actions).onSigned([
        contract({ seller: 'SELLER', buyer: 'A', product: 0, quantity, deliveryDay: 2, exogenous: true }),
      ]);
      for (let d = 0; d < 8; d++) expect(context.view.commandsOn(d)).toEqual(reference.row(d));
    }
  });
});

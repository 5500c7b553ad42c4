import { describe, expect, it } from 'vitest';
import { signContracts } from '../../../../worlds/factory/sign-contracts.ts';
import type { FactoryContract } from '../../../../worlds/factory/factory-types.ts';
import { contract, handFactoryConfig, stateOf } from './factory-fixtures.ts';

describe('signContracts()', () => {
  const config = handFactoryConfig({ nSteps: 5 });
  const state = stateOf(config, (d) => {
    d.day = 1;
  });
  const counters = { nextContractId: 7, nextNegotiationId: 3 };

  it('signs a contract only when every factory party signs, asking each agent once in order of appearance', () => {
    const ok = contract({ id: 'c1', seller: 'A', buyer: 'B', deliveryDay: 2 });
    const refused = contract({ id: 'c2', seller: 'A', buyer: 'B', deliveryDay: 3 });
    const supply = contract({
      id: 'x0',
      seller: 'SELLER',
      buyer: 'A',
      product: 0,
      deliveryDay: 2,
      exogenous: true,
    });
    const asked: [number, string[]][] = [];
    const r = signContracts(
      config,
      state,
      ['A', 'B'],
      [supply, ok, refused],
      (i, list) => {
        asked.push([i, list.map((c) => c.id)]);
        return list.map((c) => !(i === 1 && c.id === 'c2'));
      },
      counters,
    );
    expect(asked).toEqual([
      [0, ['x0', 'c1', 'c2']],
      [1, ['c1', 'c2']],
    ]);
    expect(r.signed.map((c) => c.id)).toEqual(['x0', 'c1']);
    expect(r.cancelled).toEqual([{ contract: refused, reason: 'refused', rejectors: ['B'] }]);
    expect(r.state.contractsByDay[2]?.map((c) => c.id)).toEqual(['x0', 'c1']);
    expect(r.state.nextContractId).toBe(7);
    expect(r.finalized.get(1)).toEqual({ signed: [ok], cancelled: [refused], rejectors: [['B']] });
  });

  it('drops contracts with a bankrupt party, after the last day, due in the past or with no quantity', () => {
    const dead = stateOf(config, (d) => {
      d.day = 1;
      d.factories[1]!.bankrupt = true;
    });
    const list: FactoryContract[] = [
      contract({ id: 'c1', seller: 'A', buyer: 'B', deliveryDay: 2 }),
      contract({ id: 'x0', seller: 'SELLER', buyer: 'A', product: 0, deliveryDay: 9, exogenous: true }),
      contract({ id: 'x1', seller: 'SELLER', buyer: 'A', product: 0, deliveryDay: 0, exogenous: true }),
      contract({
        id: 'x2',
        seller: 'SELLER',
        buyer: 'A',
        product: 0,
        deliveryDay: 3,
        quantity: 0,
        exogenous: true,
      }),
    ];
    const r = signContracts(config, dead, ['A', 'B'], list, (_, l) => l.map(() => true), counters);
    expect(r.signed).toEqual([]);
    expect(r.cancelled.map((c) => [c.contract.id, c.reason])).toEqual([
      ['c1', 'bankrupt-partner'],
      ['x0', 'after-last-day'],
      ['x1', 'invalid'],
      ['x2', 'invalid'],
    ]);
  });

  it('signs without asking when signing is forced, and exogenous contracts with exogenousForceMax', () => {
    const forced = handFactoryConfig({ rules: { forceSigning: true } });
    const c = contract({ id: 'c1', seller: 'A', buyer: 'B', deliveryDay: 2 });
    const r = signContracts(
      forced,
      state,
      ['A', 'B'],
      [c],
      () => {
        throw new Error('not asked');
      },
      counters,
    );
    expect(r.signed).toEqual([c]);
    const max = handFactoryConfig({ rules: { exogenousForceMax: true } });
    const x = contract({
      id: 'x0',
      seller: 'SELLER',
      buyer: 'A',
      product: 0,
      deliveryDay: 2,
      exogenous: true,
    });
    expect(signContracts(max, state, ['A', 'B'], [x], (_, l) => l.map(() => false), counters).signed).toEqual(
      [x],
    );
  });
});

import { describe, expect, it } from 'vitest';
import { ProductionSchedule } from '../../../../worlds/factory/production-schedule.ts';
import { runProduction } from '../../../../worlds/factory/run-production.ts';
import { handFactoryConfig, stateOf } from './factory-fixtures.ts';

function schedules(rowA: number[], rowB: number[] = [-1, -1]): ProductionSchedule[] {
  const a = new ProductionSchedule(5, 2);
  const b = new ProductionSchedule(5, 2);
  a.setRow(0, rowA);
  b.setRow(0, rowB);
  return [a, b];
}

describe('runProduction()', () => {
  it('pays each run, consumes the input and makes the output, line by line until the input runs out', () => {
    const config = handFactoryConfig({ costs: [3, 1] });
    const state = stateOf(config, (d) => {
      d.factories[0]!.inventory[0] = 1;
    });
    const r = runProduction(config, state, ['A', 'B'], schedules([0, 0]));
    expect(r.state.factories[0]).toMatchObject({ balance: 97, inventory: [0, 1, 0] });
    expect(r.production).toEqual([
      {
        day: 0,
        agent: 'A',
        process: 0,
        scheduled: 2,
        runs: 1,
        consumed: 1,
        produced: 1,
        cost: 3,
        failedMoney: 0,
        failedInventory: 1,
      },
    ]);
    expect(r.books.ledger.map((e) => [e.kind, e.product, e.quantity, e.money])).toEqual([
      ['production', 0, -1, -3],
      ['production', 1, 1, 0],
    ]);
  });

  it('never borrows past the limit and refuses a process the factory cannot run', () => {
    const config = handFactoryConfig({ costs: [3, 1] });
    const state = stateOf(config, (d) => {
      d.factories[0]!.inventory[0] = 5;
      d.factories[0]!.balance = 4;
    });
    const r = runProduction(config, state, ['A', 'B'], schedules([0, 1]));
    expect(r.production[0]).toMatchObject({ runs: 1, failedMoney: 1, failedInventory: 0 });
    expect(r.state.factories[0]?.balance).toBe(1);
    const poor = stateOf(config, (d) => {
      d.factories[0]!.inventory[0] = 5;
      d.factories[0]!.balance = 2;
    });
    const none = runProduction(config, poor, ['A', 'B'], schedules([0, 0]));
    expect(none.production[0]).toMatchObject({ runs: 0, failedMoney: 2 });
    expect(none.state.factories[0]?.bankrupt).toBe(false);
    expect(none.books.ledger).toEqual([]);
  });

  it('lets a bankrupt factory produce nothing', () => {
    const config = handFactoryConfig();
    const state = stateOf(config, (d) => {
      d.factories[0]!.inventory[0] = 5;
      d.factories[0]!.bankrupt = true;
    });
    expect(runProduction(config, state, ['A', 'B'], schedules([0, 0])).production).toEqual([]);
  });
});

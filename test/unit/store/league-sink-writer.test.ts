import { describe, expect, it } from 'vitest';
import { leagueSinkWriter } from '../../../src/store/league-sink-writer.ts';
import { openDb } from '../../../src/store/open-db.ts';

function runRow(world: string): Parameters<ReturnType<typeof leagueSinkWriter>['insertRun']['run']> {
  return ['', world, 's', '{}', '1.0.0', '2025-01-01T00:00:00.000Z', 10, 0, null, null];
}

describe('leagueSinkWriter', () => {
  it('markExecutedOnDay() marks exactly the factory contracts due that day, not nullified, with units', () => {
    const db = openDb(':memory:');
    const w = leagueSinkWriter(db);
    const run = Number(w.insertRun.run(...runRow('oneshot')).lastInsertRowid);
    const other = Number(w.insertRun.run(...runRow('oneshot')).lastInsertRowid);
    const contract = (
      runId: number,
      id: string,
      quantity: number,
      deliveryDay: number,
      exogenous = 0,
    ): void => {
      w.contracts.values.push(runId, id, 'a', 'b', 1, quantity, deliveryDay, 10, 0, exogenous);
    };
    contract(run, 'c0', 5, 3); // executes
    contract(run, 'c1', 0, 3); // zero quantity: nullified instead
    contract(run, 'c2', 5, 3); // nullified before its day
    contract(run, 'c3', 5, 4); // due another day
    contract(run, 'x0', 5, 3, 1); // exogenous: never marked
    contract(other, 'c0', 5, 3); // another run
    w.contracts.flush();
    w.markNullified.run(2, run, 'c2');

    expect(w.markExecutedOnDay.run(3, run, 3).changes).toBe(1);
    const executed = (): unknown[] =>
      db.prepare('SELECT run_id, contract_id FROM contracts WHERE executed_day IS NOT NULL').raw().all();
    expect(executed()).toEqual([[run, 'c0']]);
    w.clearExecutedOnDay.run(run, 3);
    expect(executed()).toEqual([]);
    db.close();
  });

  it('gives each sink its own batches but one set of statements per connection', () => {
    const db = openDb(':memory:');
    const a = leagueSinkWriter(db);
    const b = leagueSinkWriter(db);
    expect(a.insertDay).toBe(b.insertDay);
    expect(a.negotiations).not.toBe(b.negotiations);
    db.close();
  });
});

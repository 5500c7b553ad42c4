import type { FactoryConfig } from './factory-config.ts';
import { FactoryBooks } from './factory-books.ts';
import type { ProductionRecord } from './factory-records.ts';
import type { FactoryWorldState } from './factory-state.ts';
import type { ProductionSchedule } from './production-schedule.ts';

/**
 * Production (league-rules.md §16.1 factory step) as one immer phase: for every live factory, lines
 * with a command today in line order; a run fails if its cost is infinite (another process) or would
 * take the balance below -L, or if the input is short; otherwise it pays the cost and turns inputs
 * into outputs. Production never borrows past the limit and never bankrupts. One ledger event per
 * factory and product per day.
 */
export function runProduction(
  config: FactoryConfig,
  state: FactoryWorldState,
  names: readonly string[],
  schedules: readonly ProductionSchedule[],
): { state: FactoryWorldState; books: FactoryBooks; production: ProductionRecord[] } {
  const day = state.day;
  const L = config.rules.bankruptcyLimit;
  const production: ProductionRecord[] = [];
  const books = new FactoryBooks(state, { config, names });
  config.factories.forEach((f, i) => {
    const fs = state.factories[i];
    const schedule = schedules[i];
    if (fs === undefined || schedule === undefined || fs.bankrupt) return;
    const p = f.process;
    const inputs = config.processInputs[p] as number;
    const outputs = config.processOutputs[p] as number;
    let balance = fs.balance;
    let stock = fs.inventory[p] as number;
    let scheduled = 0;
    let runs = 0;
    let cost = 0;
    let failedMoney = 0;
    let failedInventory = 0;
    for (let line = 0; line < schedule.nLines; line++) {
      const command = schedule.get(day, line);
      if (command < 0) continue;
      scheduled++;
      const c = command === p ? (f.lineCosts[line] ?? Infinity) : Infinity;
      if (!Number.isFinite(c) || balance - c < -L) {
        failedMoney++;
      } else if (stock < inputs) {
        failedInventory++;
      } else {
        balance -= c;
        stock -= inputs;
        cost += c;
        runs++;
      }
    }
    if (runs > 0) {
      const who = names[i] as string;
      books.move(i, 'production', {
        product: p,
        quantity: -runs * inputs,
        money: -cost,
        contractId: null,
        counterparty: who,
      });
      books.move(i, 'production', {
        product: p + 1,
        quantity: runs * outputs,
        money: 0,
        contractId: null,
        counterparty: who,
      });
    }
    if (scheduled > 0) {
      production.push({
        day,
        agent: names[i] as string,
        process: p,
        scheduled,
        runs,
        consumed: runs * inputs,
        produced: runs * outputs,
        cost,
        failedMoney,
        failedInventory,
      });
    }
  });
  return { state: books.commit(), books, production };
}

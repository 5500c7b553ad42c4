import type { BankruptcyNotice, FactoryBooks } from './factory-books.ts';
import { financialReport } from './financial-report.ts';
import type { FactoryContract, LedgerKind } from './factory-types.ts';

/** The payment that could not be made. */
export interface FailedPayment {
  readonly required: number;
  readonly cause: LedgerKind;
  readonly contractId: string | null;
  readonly counterparty: string;
}

/**
 * Bankruptcy of factory i (league-rules.md §16.6): liquidation value V = Σ inventory × rate × TP /
 * ((1 + loss)(1 + global loss)) with loss = global loss (the value the reference reads); the payment
 * receives min(required, V) from the balance (the inventory stays, and counts in the score); pool
 * A = V - required; every later contract with another live factory is nullified in day order, cut to
 * what A covers; victims are paid at once only with `compensateImmediately`. Publishes the
 * bankrupt's report at once and leaves a notice for the partners' callbacks.
 */
export function declareBankruptcy(books: FactoryBooks, i: number, payment: FailedPayment): void {
  const { config, names, executed } = books.context;
  const { day } = books;
  const rules = config.rules;
  const prices = books.state.tradingPrices;
  const fs = books.factories[i];
  if (fs === undefined || fs.bankrupt) return;
  const name = names[i] as string;
  const gl = rules.spotMarketGlobalLoss;
  let value = 0;
  for (let p = 0; p < fs.inventory.length; p++) {
    value +=
      ((fs.inventory[p] as number) * rules.liquidationRate * (prices[p] as number)) / ((1 + gl) * (1 + gl));
  }
  const paid = Math.min(payment.required, value);
  if (paid > 0) {
    books.move(i, 'liquidation', {
      product: -1,
      quantity: 0,
      money: -paid,
      contractId: payment.contractId,
      counterparty: payment.counterparty,
    });
  }
  fs.bankrupt = true;
  fs.bankruptDay = day;
  let pool = value - payment.required;
  if (!rules.compensateBeforePastDebt) pool += fs.balance;
  books.liquidations.push({
    day,
    agent: name,
    cause: payment.cause,
    required: payment.required,
    value,
    paid,
    pool,
  });

  const victims = new Map<
    number,
    { contracts: FactoryContract[]; newQuantities: number[]; compensation: number[] }
  >();
  const nullifiedIds: string[] = [];
  for (let d = day; d < config.nSteps; d++) {
    for (const c of books.state.contractsByDay[d] ?? []) {
      const isSeller = c.seller === name;
      if (!isSeller && c.buyer !== name) continue;
      if (c.exogenous || books.isNullified(c.id) || executed?.has(c.id)) continue;
      const v = names.indexOf(isSeller ? c.buyer : c.seller);
      if (v < 0 || books.bankrupt(v)) continue;
      let newQuantity = 0;
      let money = 0;
      let unit = c.unitPrice;
      if (pool > 0) {
        // §16.6: the victim of a bankrupt seller is valued at the spot price, a seller at its contract price.
        unit = isSeller ? Math.ceil((prices[c.product] as number) * (1 + gl)) : c.unitPrice;
        newQuantity = Math.max(0, Math.min(Math.floor(pool / unit), c.quantity));
        money = Math.min(pool, newQuantity * unit);
      }
      const paidNow = rules.compensateImmediately && money > 0;
      if (paidNow) {
        books.move(v, 'compensation', {
          product: -1,
          quantity: 0,
          money,
          contractId: c.id,
          counterparty: name,
        });
        pool -= money;
      }
      books.nullify(c.id, { contractId: c.id, day, newQuantity, reason: 'bankruptcy' });
      nullifiedIds.push(c.id);
      books.compensations.push({
        day,
        bankrupt: name,
        victim: names[v] as string,
        contractId: c.id,
        quantity: c.quantity,
        newQuantity,
        unitPrice: unit,
        money,
        paid: paidNow,
      });
      let entry = victims.get(v);
      if (entry === undefined) {
        entry = { contracts: [], newQuantities: [], compensation: [] };
        victims.set(v, entry);
      }
      entry.contracts.push(c);
      entry.newQuantities.push(newQuantity);
      entry.compensation.push(paidNow ? money : 0);
    }
  }
  books.bankruptcies.push({ agent: name, day, balance: fs.balance, nullifiedContracts: nullifiedIds });
  books.reports.push({ factory: i, report: financialReport(name, fs, day, prices) });
  books.notices.push({ agent: name, victims } satisfies BankruptcyNotice);
}

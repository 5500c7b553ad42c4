import type { FactoryConfig } from './factory-config.ts';
import { FactoryBooks } from './factory-books.ts';
import type { LoanRecord } from './factory-records.ts';
import type { FactoryWorldState } from './factory-state.ts';

/**
 * Interest (league-rules.md §16.4 stage 0) as one phase: every live factory with a negative
 * balance b pays ⌊rate · |b|⌋ as a normal payment, which may bankrupt it.
 */
export function chargeInterest(
  config: FactoryConfig,
  state: FactoryWorldState,
  names: readonly string[],
): { state: FactoryWorldState; books: FactoryBooks; loans: LoanRecord[] } {
  const day = state.day;
  const loans: LoanRecord[] = [];
  const books = new FactoryBooks(state, { config, names });
  state.factories.forEach((fs, i) => {
    // A factory bankrupted earlier in this loop (by nothing here) would be skipped; only its own debt counts.
    if (books.bankrupt(i) || fs.balance >= 0) return;
    const amount = Math.floor(config.rules.interestRate * -fs.balance);
    if (amount <= 0) return;
    const paid = books.pay(i, amount, 'interest', { contractId: null, counterparty: 'bank' });
    loans.push({
      day,
      agent: names[i] as string,
      kind: 'interest',
      balanceBefore: fs.balance,
      amount,
      contractId: null,
      paid,
    });
  });
  return { state: books.commit(), books, loans };
}

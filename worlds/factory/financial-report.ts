import type { FactoryBooksState } from './factory-state.ts';
import type { FactoryFinancialReport } from './factory-types.ts';

/**
 * A factory's financial report (league-rules.md §16.6): cash = balance, assets = ⌊Σ trading price ×
 * inventory⌋ (0 once bankrupt), the breach statistics of §16.5 step 7 and the bankrupt flag.
 */
export function financialReport(
  agent: string,
  books: FactoryBooksState,
  day: number,
  tradingPrices: readonly number[],
): FactoryFinancialReport {
  let assets = 0;
  if (!books.bankrupt) {
    for (let p = 0; p < books.inventory.length; p++) {
      assets += (books.inventory[p] as number) * (tradingPrices[p] ?? 0);
    }
  }
  return {
    agent,
    day,
    cash: books.balance,
    assets: Math.floor(assets),
    breachProbability: books.breachProbability,
    breachLevel: books.breachLevel,
    bankrupt: books.bankrupt,
  };
}

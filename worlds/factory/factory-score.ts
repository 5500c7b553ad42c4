import type { FactoryConfig } from './factory-config.ts';
import type { FactoryBooksState } from './factory-state.ts';

/** A factory's final valuation and score. */
export interface FactoryScore {
  /** Σ inventory × trading price. */
  readonly inventoryValue: number;
  /** balance + w_c · Σ inventory × catalog + w_t · Σ inventory × trading price. */
  readonly finalValue: number;
  readonly profit: number;
  readonly score: number;
}

/**
 * The tournament score (league-rules.md §16.6 `balance_calculator`): profit = balance + w_c · Σ
 * inventory · catalog + w_t · Σ inventory · TP − initial balance, score = profit / initial balance
 * (profit itself when the initial balance is 0). A bankrupt factory's inventory still counts.
 */
export function factoryScore(
  config: FactoryConfig,
  factory: number,
  books: FactoryBooksState,
  tradingPrices: readonly number[],
): FactoryScore {
  const initial = config.factories[factory]?.initialBalance ?? 0;
  const { inventoryValuationTrading: wt, inventoryValuationCatalog: wc } = config.rules;
  let atTrading = 0;
  let atCatalog = 0;
  books.inventory.forEach((q, p) => {
    atTrading += q * (tradingPrices[p] ?? 0);
    atCatalog += q * (config.catalogPrices[p] ?? 0);
  });
  const finalValue = books.balance + wc * atCatalog + wt * atTrading;
  const profit = finalValue - initial;
  return { inventoryValue: atTrading, finalValue, profit, score: initial !== 0 ? profit / initial : profit };
}

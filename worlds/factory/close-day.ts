import { produce } from 'immer';
import { updateTradingPrices } from '../base/update-trading-prices.ts';
import type { FactoryConfig } from './factory-config.ts';
import type { FactoryAgentDayRecord, FactoryProductDayRecord } from './factory-records.ts';
import { factoryScore } from './factory-score.ts';
import type { FactoryWorldState } from './factory-state.ts';
import type { FactoryFinancialReport } from './factory-types.ts';
import { financialReport } from './financial-report.ts';

/**
 * The end of SimulationStep stage 1 (league-rules.md §16.4 step 6, §6) as one immer phase: the
 * trading-price update from today's executed quantities and values (exogenous included), financial
 * reports on report days (day % period == 0), and the move to the next day; plus each factory's
 * end-of-day books and score for the day record.
 */
export function closeDay(
  config: FactoryConfig,
  state: FactoryWorldState,
  names: readonly string[],
  traded: { readonly quantity: readonly number[]; readonly value: readonly number[] },
): {
  state: FactoryWorldState;
  reports: FactoryFinancialReport[];
  products: FactoryProductDayRecord[];
  agents: FactoryAgentDayRecord[];
} {
  const day = state.day;
  const reports: FactoryFinancialReport[] = [];
  const tp = updateTradingPrices(state.tradingPrices, state.tradingWeights, {
    ...traded,
    discount: config.rules.tradingPriceDiscount,
  });
  const next = produce(state, (draft) => {
    draft.tradingPrices = tp.prices;
    draft.tradingWeights = tp.weights;
    if (day % config.rules.financialReportPeriod === 0) {
      state.factories.forEach((fs, i) => {
        const report = financialReport(names[i] as string, fs, day, tp.prices);
        draft.reports[i] = [...(state.reports[i] ?? []), report];
        reports.push(report);
      });
    }
    draft.day = day + 1;
  });
  const products = tp.prices.map((price, product) => {
    const q = traded.quantity[product] ?? 0;
    return {
      product,
      tradingPrice: price,
      tradedQuantity: q,
      averageUnitPrice: q > 0 ? (traded.value[product] ?? 0) / q : 0,
    };
  });
  const agents = next.factories.map((fs, i) => {
    const score = factoryScore(config, i, fs, next.tradingPrices);
    return {
      agent: names[i] as string,
      balance: fs.balance,
      inventory: fs.inventory,
      bankrupt: fs.bankrupt,
      inventoryValue: score.inventoryValue,
      score: score.score,
    };
  });
  return { state: next, reports, products, agents };
}

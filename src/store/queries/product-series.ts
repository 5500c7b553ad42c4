import type { ProductDayRecord } from '../../../worlds/base/league-records.ts';
import { cachedStatement } from '../cached-statement.ts';
import type { Db } from '../open-db.ts';

/** One product's market on one day. */
export interface StoredProductDay extends ProductDayRecord {
  readonly day: number;
}

const SQL = `
SELECT day, product, trading_price AS tradingPrice, sold_quantity AS soldQuantity, average_unit_price AS averageUnitPrice,
  exogenous_quantity AS exogenousQuantity, exogenous_unit_price AS exogenousUnitPrice
FROM product_days WHERE run_id = @runId AND (@product IS NULL OR product = @product)
ORDER BY product, day`;

/** Trading prices, volumes and exogenous totals per product and day (or of one product), by product then day. */
export function productSeries(
  db: Db,
  runId: number,
  options: { readonly product?: number } = {},
): StoredProductDay[] {
  return cachedStatement<{ runId: number; product: number | null }, StoredProductDay>(db, SQL).all({
    runId,
    product: options.product ?? null,
  });
}

import type { Db } from '../../src/store/open-db.ts';
import { productSeries } from '../../src/store/queries/product-series.ts';
import { sumByKey } from './sum-by-key.ts';

/** One product's market on one day, averaged over the runs that reached that day. */
export interface PricePoint {
  readonly day: number;
  readonly product: number;
  /** Series name: 'product <p>'. */
  readonly series: string;
  readonly tradingPrice: number;
  /** Units executed that day (exogenous included), mean per world. */
  readonly soldQuantity: number;
  /** Runs that contributed. */
  readonly runs: number;
}

/** Trading price and executed volume per product and day, mean over `runIds`; by product then day. */
export function priceSeries(db: Db, runIds: readonly number[]): PricePoint[] {
  const rows = runIds.flatMap((id) => productSeries(db, id));
  return sumByKey(
    rows,
    (r) => ({ day: r.day, product: r.product }),
    (k) => `${k.product}/${k.day}`,
    (r) => [r.tradingPrice, r.soldQuantity],
  )
    .map(({ key, count, sums }) => ({
      day: key.day,
      product: key.product,
      series: `product ${key.product}`,
      tradingPrice: (sums[0] ?? 0) / count,
      soldQuantity: (sums[1] ?? 0) / count,
      runs: count,
    }))
    .sort((a, b) => a.product - b.product || a.day - b.day);
}

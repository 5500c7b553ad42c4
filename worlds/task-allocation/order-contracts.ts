import type { Allocation } from './enumerate-allocations.ts';
import type { SupplyOrder } from './supply-order.ts';

/** A contract signed after the allocation: one order line delivered by one supplier to the buyer. */
export interface OrderContract {
  readonly buyer: string;
  readonly supplier: string;
  readonly product: string;
  readonly quantity: number;
  readonly unitPrice: number;
}

/** Turns an agreed allocation of the order's lines into contracts, in line order. */
export function orderContracts(order: SupplyOrder, allocation: Allocation): OrderContract[] {
  if (allocation.length !== order.lines.length)
    throw new RangeError(
      `the allocation covers ${allocation.length} lines, the order has ${order.lines.length}`,
    );
  return order.lines.map((line, j) => {
    const supplier = order.suppliers[allocation[j] as number];
    if (supplier === undefined) throw new RangeError(`line ${j + 1} goes to an unknown supplier`);
    return { buyer: order.buyer, supplier: supplier.name, ...line };
  });
}

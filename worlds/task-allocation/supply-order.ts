/**
 * A buyer's order to be shared among several suppliers (the supply-chain use of negotiation.md
 * C.2, our design): order lines, and per supplier the unit cost of each product it can make.
 */
export interface SupplyOrder {
  readonly buyer: string;
  readonly lines: readonly SupplyOrderLine[];
  readonly suppliers: readonly OrderSupplier[];
}

/** One order line: a quantity of a product at the unit price the buyer pays. */
export interface SupplyOrderLine {
  readonly product: string;
  readonly quantity: number;
  readonly unitPrice: number;
}

/** A supplier and its unit production cost per product it can make (a missing product: it cannot). */
export interface OrderSupplier {
  readonly name: string;
  readonly unitCosts: Readonly<Record<string, number>>;
}

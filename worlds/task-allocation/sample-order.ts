import type { SupplyOrder } from './supply-order.ts';

/**
 * A sample order for the supply-chain use of the multilateral protocol (our own data): a retailer
 * orders five lines of three products from three suppliers with different costs and capabilities.
 */
export const SAMPLE_ORDER: SupplyOrder = {
  buyer: 'retailer',
  lines: [
    { product: 'shirts', quantity: 40, unitPrice: 12 },
    { product: 'shirts', quantity: 20, unitPrice: 12 },
    { product: 'trousers', quantity: 30, unitPrice: 20 },
    { product: 'jackets', quantity: 10, unitPrice: 45 },
    { product: 'trousers', quantity: 15, unitPrice: 20 },
  ],
  suppliers: [
    { name: 'mill-a', unitCosts: { shirts: 8, trousers: 15 } },
    { name: 'mill-b', unitCosts: { shirts: 9, jackets: 30 } },
    { name: 'mill-c', unitCosts: { trousers: 14, jackets: 33, shirts: 10 } },
  ],
};

import type { FactoryConfig } from './factory-config.ts';
import {
  type FactoryContract,
  type FactoryExogenousSummary,
  SYSTEM_BUYER,
  SYSTEM_SELLER,
} from './factory-types.ts';

/**
 * The exogenous contracts of a config as contracts with the system agents, by revelation day
 * (league-rules.md §16.2 runtime), and the bulletin board's summary: Σ quantity and Σ value per
 * (product, delivery day) over all of them, product-major.
 */
export function exogenousSchedule(
  config: FactoryConfig,
  names: readonly string[],
): { byRevealDay: FactoryContract[][]; summary: FactoryExogenousSummary[] } {
  const byRevealDay: FactoryContract[][] = Array.from({ length: config.nSteps }, () => []);
  const totals = new Map<number, { quantity: number; value: number }>();
  for (const x of config.exogenousContracts) {
    const name = names[x.factory] as string;
    byRevealDay[x.revealDay]?.push(
      Object.freeze({
        id: x.id,
        seller: x.isSale ? name : SYSTEM_SELLER,
        buyer: x.isSale ? SYSTEM_BUYER : name,
        product: x.product,
        quantity: x.quantity,
        deliveryDay: x.deliveryDay,
        unitPrice: x.unitPrice,
        concludedDay: x.revealDay,
        exogenous: true,
        requester: x.isSale ? SYSTEM_BUYER : SYSTEM_SELLER,
      }),
    );
    const key = x.product * config.nSteps + x.deliveryDay;
    const t = totals.get(key) ?? { quantity: 0, value: 0 };
    t.quantity += x.quantity;
    t.value += x.quantity * x.unitPrice;
    totals.set(key, t);
  }
  const summary = [...totals.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([k, t]) =>
      Object.freeze({
        product: Math.floor(k / config.nSteps),
        day: k % config.nSteps,
        totalQuantity: t.quantity,
        totalPrice: t.value,
      }),
    );
  return { byRevealDay, summary };
}

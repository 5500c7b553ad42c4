import { createHash } from 'node:crypto';
import type { LeagueState } from './league-state.ts';
import type { LeagueContract } from './league-types.ts';

/**
 * The chained state hash of a day (style.md §4.6): SHA-256 of the previous day's hash, the day, the
 * trading prices and weights, every factory's state and today's signed and nullified contracts. Values
 * go in a fixed positional order through JSON.stringify (JavaScript's shortest round-trip numbers), which
 * is as canonical as sorted-key JSON here and several times cheaper; replay recomputes it the same way.
 */
export function dayHash(
  previous: string,
  day: number,
  state: LeagueState,
  signed: readonly LeagueContract[],
  nullified: readonly string[],
): string {
  const factories = state.factories.map((f) => [
    f.balance,
    f.inventoryInput,
    f.inventoryOutput,
    f.bankrupt,
    f.bankruptDay,
    f.breachDays,
    f.breachLevelSum,
    f.lastProfit,
  ]);
  const contracts = signed.map((c) => [
    c.id,
    c.seller,
    c.buyer,
    c.product,
    c.quantity,
    c.deliveryDay,
    c.unitPrice,
    c.signedDay,
  ]);
  const text = JSON.stringify([
    previous,
    day,
    state.tradingPrices,
    state.tradingWeights,
    factories,
    contracts,
    nullified,
  ]);
  return createHash('sha256').update(text).digest('hex');
}

import type { FirstMover, LeagueConfig } from './league-config.ts';

/** A negotiation to open today: who sells, who buys, who requested it and who moves first. */
export interface PlannedNegotiation {
  readonly product: number;
  readonly seller: number;
  readonly buyer: number;
  readonly requester: number;
  readonly opener: number;
}

/**
 * Today's negotiations in creation order (league-rules.md §5.1–§5.2): the producers of products
 * n_products − 1, n_products − 3, … request, each in world order, first with all its suppliers, then with
 * all its consumers. Bankrupt factories neither request nor are requested. The creation order is also
 * the order in which negotiations are stepped.
 */
export function openNegotiations(
  config: LeagueConfig,
  bankrupt: readonly boolean[],
  firstMover: FirstMover = config.negotiation.firstMover,
): PlannedNegotiation[] {
  const levels: number[][] = Array.from({ length: config.nProcesses }, () => []);
  config.factories.forEach((f, i) => levels[f.level]?.push(i));
  const out: PlannedNegotiation[] = [];
  const opener = (seller: number, buyer: number, requester: number): number =>
    firstMover === 'buyer' ? buyer : firstMover === 'seller' ? seller : requester;
  // The producers of product k sit at level k − 1.
  for (let level = config.nProcesses - 1; level >= 0; level -= 2) {
    for (const requester of levels[level] ?? []) {
      if (bankrupt[requester]) continue;
      for (const seller of levels[level - 1] ?? []) {
        if (bankrupt[seller]) continue;
        out.push({
          product: level,
          seller,
          buyer: requester,
          requester,
          opener: opener(seller, requester, requester),
        });
      }
      for (const buyer of levels[level + 1] ?? []) {
        if (bankrupt[buyer]) continue;
        out.push({
          product: level + 1,
          seller: requester,
          buyer,
          requester,
          opener: opener(requester, buyer, requester),
        });
      }
    }
  }
  return out;
}

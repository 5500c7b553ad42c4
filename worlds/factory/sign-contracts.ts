import { produce } from 'immer';
import type { FactoryConfig } from './factory-config.ts';
import type { CancelledRecord } from './factory-records.ts';
import type { FactoryWorldState } from './factory-state.ts';
import type { FactoryContract } from './factory-types.ts';

/** One agent's signing outcome, for its `onContractsFinalized` call. */
export interface Finalized {
  readonly signed: FactoryContract[];
  readonly cancelled: FactoryContract[];
  readonly rejectors: string[][];
}

export interface SigningPhase {
  readonly state: FactoryWorldState;
  readonly signed: FactoryContract[];
  readonly cancelled: CancelledRecord[];
  /** Per factory index, in order of first appearance. */
  readonly finalized: Map<number, Finalized>;
}

/**
 * ContractSigning (league-rules.md §16.3) as one immer phase. Contracts with a bankrupt party or a day
 * past the end are dropped; unless signing is forced, each agent with unsigned contracts answers once
 * (`ask`, agents in order of first appearance); a contract is signed when every factory party signed
 * (exogenous contracts carry the system's signature, and both with `exogenousForceMax`). Signed
 * contracts due before today, after the end, or with quantity or price <= 0 are dropped. Signed ones
 * join the state in signing order.
 */
export function signContracts(
  config: FactoryConfig,
  state: FactoryWorldState,
  names: readonly string[],
  unsigned: readonly FactoryContract[],
  ask: (i: number, contracts: readonly FactoryContract[]) => readonly boolean[],
  counters: { readonly nextContractId: number; readonly nextNegotiationId: number },
): SigningPhase {
  const day = state.day;
  const rules = config.rules;
  const index = new Map(names.map((n, i) => [n, i]));
  const cancelled: CancelledRecord[] = [];
  const live: { readonly c: FactoryContract; readonly parties: readonly number[] }[] = [];
  for (const c of unsigned) {
    const parties: number[] = [];
    const s = index.get(c.seller);
    const b = index.get(c.buyer);
    if (s !== undefined) parties.push(s);
    if (b !== undefined) parties.push(b);
    if (parties.some((i) => state.factories[i]?.bankrupt)) {
      cancelled.push({ contract: c, reason: 'bankrupt-partner', rejectors: [] });
    } else if (c.deliveryDay >= config.nSteps) {
      cancelled.push({ contract: c, reason: 'after-last-day', rejectors: [] });
    } else live.push({ c, parties });
  }
  // Each agent's unsigned contracts, agents in order of first appearance.
  const toSign = new Map<number, FactoryContract[]>();
  for (const { c, parties } of live) {
    const forced = rules.forceSigning || (c.exogenous && rules.exogenousForceMax);
    for (const i of parties) {
      let list = toSign.get(i);
      if (list === undefined) {
        list = [];
        toSign.set(i, list);
      }
      if (!forced) list.push(c);
    }
  }
  const refusedBy = new Map<string, string[]>();
  for (const [i, mine] of toSign) {
    if (mine.length === 0) continue;
    const signatures = ask(i, mine);
    for (let k = 0; k < mine.length; k++) {
      if (signatures[k] === true) continue;
      const id = (mine[k] as FactoryContract).id;
      const list = refusedBy.get(id) ?? [];
      list.push(names[i] as string);
      refusedBy.set(id, list);
    }
  }
  const signed: FactoryContract[] = [];
  const finalized = new Map<number, Finalized>();
  for (const i of toSign.keys()) finalized.set(i, { signed: [], cancelled: [], rejectors: [] });
  for (const { c, parties } of live) {
    const rejectors = refusedBy.get(c.id) ?? [];
    const invalid = c.deliveryDay < day || c.quantity <= 0 || c.unitPrice <= 0;
    if (rejectors.length === 0 && !invalid) {
      signed.push(c);
      for (const i of parties) finalized.get(i)?.signed.push(c);
    } else {
      cancelled.push({ contract: c, reason: rejectors.length > 0 ? 'refused' : 'invalid', rejectors });
      for (const i of parties) {
        finalized.get(i)?.cancelled.push(c);
        finalized.get(i)?.rejectors.push(rejectors);
      }
    }
  }
  // New day lists are built outside the draft and assigned whole (cheaper than pushing through proxies).
  const added = new Map<number, FactoryContract[]>();
  for (const c of signed) {
    const list = added.get(c.deliveryDay) ?? [...(state.contractsByDay[c.deliveryDay] ?? [])];
    list.push(c);
    added.set(c.deliveryDay, list);
  }
  const next = produce(state, (draft) => {
    for (const [d, list] of added) draft.contractsByDay[d] = list;
    draft.nextContractId = counters.nextContractId;
    draft.nextNegotiationId = counters.nextNegotiationId;
  });
  return { state: next, signed, cancelled, finalized };
}

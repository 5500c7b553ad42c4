import type { LeagueConfig } from '../../worlds/base/league-config.ts';
import type { LeagueDayRecord, NegotiationRecord } from '../../worlds/base/league-records.ts';
import type { LeagueState } from '../../worlds/base/league-state.ts';
import { SYSTEM_BUYER, SYSTEM_SELLER, type LeagueContract } from '../../worlds/base/league-types.ts';
import { exogenousContractId } from '../store/sqlite-sink.ts';

/** A factory at the end of a replayed day. */
export interface ReplayedFactory {
  readonly agent: string;
  readonly agentType: string;
  readonly level: number;
  readonly balance: number;
  readonly inventoryInput: number;
  readonly inventoryOutput: number;
  /** Profit of the day. */
  readonly profit: number;
  readonly bankrupt: boolean;
}

/** A contract due on the day and what became of it. */
export interface DueContract extends LeagueContract {
  /** 'executed', 'nullified', or 'exogenous' (exogenous contracts are settled in the profit function). */
  readonly outcome: 'executed' | 'nullified' | 'exogenous';
}

/** The world as a replay rebuilt it at the end of one day (its hash matched the stored one). */
export interface ReplayDayState {
  readonly day: number;
  readonly stateHash: string;
  /** Trading price per product after the day's update. */
  readonly tradingPrices: readonly number[];
  readonly factories: readonly ReplayedFactory[];
  /** Factory contracts (in signing order) and then exogenous contracts (config order) delivered that day. */
  readonly contractsDue: readonly DueContract[];
  /** The day's negotiations in the order they ended; actions only if the run logged offers. */
  readonly negotiations: readonly NegotiationRecord[];
}

/** Snapshot of a replayed world right after it ran `record.day`. */
export function replayDayState(
  config: LeagueConfig,
  state: LeagueState,
  record: LeagueDayRecord,
): ReplayDayState {
  const day = record.day;
  const executed = new Set(record.executedContracts);
  const factoryContracts: DueContract[] = (state.contractsByDay[day] ?? []).map((c) => ({
    ...c,
    outcome: executed.has(c.id) ? 'executed' : 'nullified',
  }));
  const exogenous: DueContract[] = [];
  config.exogenousContracts.forEach((c, i) => {
    if (c.day !== day) return;
    const factory = config.factories[c.factory]?.name ?? `#${c.factory}`;
    exogenous.push({
      id: exogenousContractId(i),
      seller: c.isSale ? factory : SYSTEM_SELLER,
      buyer: c.isSale ? SYSTEM_BUYER : factory,
      product: c.product,
      quantity: c.quantity,
      deliveryDay: c.day,
      unitPrice: c.unitPrice,
      signedDay: c.day,
      exogenous: true,
      outcome: 'exogenous',
    });
  });
  return {
    day,
    stateHash: record.stateHash,
    tradingPrices: state.tradingPrices,
    factories: config.factories.map((f, i) => {
      const fs = state.factories[i];
      return {
        agent: f.name,
        agentType: f.agentType,
        level: f.level,
        balance: fs?.balance ?? 0,
        inventoryInput: fs?.inventoryInput ?? 0,
        inventoryOutput: fs?.inventoryOutput ?? 0,
        profit: record.agents[i]?.profit ?? 0,
        bankrupt: fs?.bankrupt ?? false,
      };
    }),
    contractsDue: [...factoryContracts, ...exogenous],
    negotiations: record.negotiations,
  };
}

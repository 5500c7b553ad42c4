import { castDraft, produce } from 'immer';
import type { LeagueConfig } from './league-config.ts';
import type { DayRuntime } from './league-runtime.ts';
import type { FactoryState, LeagueState } from './league-state.ts';
import type { LeagueUfun } from './league-ufun.ts';
import type { ProfitItem } from './profit-function.ts';
import type { AgentDayRecord, BankruptcyRecord, BreachRecord } from './league-records.ts';
import type { FinancialReport } from './league-types.ts';
import { updateTradingPrices } from './update-trading-prices.ts';

/** What execution measured today, per product (exogenous contracts included). */
export interface Traded {
  readonly quantity: readonly number[];
  readonly value: readonly number[];
}

export interface BookedDay {
  readonly state: LeagueState;
  readonly agents: AgentDayRecord[];
  readonly breaches: BreachRecord[];
  readonly bankruptcies: BankruptcyRecord[];
  readonly reports: FinancialReport[];
  readonly nullified: string[];
}

/** The bankruptcy threshold: an integer limit as is, a fraction of the mean initial balance otherwise (§10). */
export function bankruptcyThreshold(config: LeagueConfig): number {
  const limit = config.bankruptcyLimit;
  if (Number.isInteger(limit)) return -limit;
  const mean = config.factories.reduce((s, f) => s + f.initialBalance, 0) / config.factories.length;
  return -Math.floor(0.5 + limit * mean);
}

/**
 * Stage 1 of a day (league-rules.md §4 step 7), as one immer phase: trading prices, then for each
 * factory in world order its profit from its own frozen profit function, inventory (consumed, §8/§19),
 * breach record, bankruptcy with nullification of its future contracts; then financial reports.
 */
export function bookDay(
  config: LeagueConfig,
  state: LeagueState,
  today: DayRuntime,
  traded: Traded,
): BookedDay {
  const day = today.day;
  const agents: AgentDayRecord[] = [];
  const breaches: BreachRecord[] = [];
  const bankruptcies: BankruptcyRecord[] = [];
  const reports: FinancialReport[] = [];
  const nullified: string[] = [];
  const threshold = bankruptcyThreshold(config);
  const tp = updateTradingPrices(state.tradingPrices, state.tradingWeights, {
    ...traded,
    discount: config.tradingPriceDiscount,
  });
  const due = state.contractsByDay[day] ?? [];
  // A set, not the record: looking a record up by ids it lacks is slow in V8 (each id a new key).
  const gone = new Set(Object.keys(state.nullified));
  const newlyNullified = new Set<string>();
  // Factory states are computed as plain values and handed to immer in one assignment: far cheaper
  // than a proxy write per field, with the same single phase boundary (style.md §4.7).
  const factories: FactoryState[] = config.factories.map((f, i) => {
    const prior = state.factories[i] as FactoryState;
    const items: ProfitItem[] = [];
    let executedIn = 0;
    let executedOut = 0;
    for (const c of due) {
      if (gone.has(c.id)) continue;
      const isBuy = c.buyer === f.name;
      if (!isBuy && c.seller !== f.name) continue;
      items.push({ quantity: c.quantity, deliveryDay: c.deliveryDay, unitPrice: c.unitPrice, isBuy });
      if (isBuy) executedIn += c.quantity;
      else executedOut += c.quantity;
    }
    const b = (today.ufuns[i] as LeagueUfun).breakdown(items);
    const fs = { ...prior };
    fs.balance += b.profit;
    fs.lastProfit = b.profit;
    fs.inventoryInput = config.perishable ? 0 : b.excessQuantity;
    fs.inventoryOutput = 0;
    // §9, exogenous quantities counted once (§19).
    const ex = today.exogenous[i];
    const qin = executedIn + (ex?.inputQuantity ?? 0);
    const qout = executedOut + (ex?.outputQuantity ?? 0);
    if (qout > Math.min(qin, f.nLines)) {
      const level = (qout - Math.min(qin, f.nLines)) / qout;
      breaches.push({ agent: f.name, day, level });
      fs.breachDays += 1;
      fs.breachLevelSum += level;
    }
    if (!fs.bankrupt && fs.balance < threshold) {
      fs.bankrupt = true;
      fs.bankruptDay = day;
      const mine: string[] = [];
      for (let d = day + 1; d < config.nSteps; d++) {
        for (const c of state.contractsByDay[d] ?? []) {
          const involved = c.buyer === f.name || c.seller === f.name;
          if (involved && !gone.has(c.id) && !newlyNullified.has(c.id)) {
            newlyNullified.add(c.id);
            mine.push(c.id);
          }
        }
      }
      nullified.push(...mine);
      bankruptcies.push({ agent: f.name, day, balance: fs.balance, nullifiedContracts: mine });
    }
    agents.push({
      agent: f.name,
      profit: b.profit,
      balance: fs.balance,
      score: f.initialBalance === 0 ? fs.balance : fs.balance / f.initialBalance,
      bankrupt: fs.bankrupt,
      producible: b.producible,
      productivity: f.nLines > 0 ? b.producible / f.nLines : 0,
      inputQuantity: b.inputQuantity,
      outputQuantity: b.outputQuantity,
      revenue: b.revenue,
      inputCost: b.inputCost,
      productionCost: b.productionCost,
      shortfallQuantity: b.shortfallQuantity,
      shortfallPenalty: b.shortfallPenalty,
      disposalCost: b.disposalCost,
      storageCost: b.storageCost,
      excessQuantity: b.excessQuantity,
      inventoryInput: fs.inventoryInput,
      inventoryOutput: fs.inventoryOutput,
    });
    return fs;
  });
  if (day % config.financialReportPeriod === 0) {
    factories.forEach((fs, i) => {
      reports.push({
        agent: config.factories[i]?.name ?? '',
        day,
        cash: fs.balance,
        assets: 0,
        breachProbability: fs.breachDays / (day + 1),
        breachLevel: fs.breachLevelSum / (day + 1),
        bankrupt: fs.bankrupt,
      });
    });
  }
  // New values frozen before immer sees them, as its auto-freeze would leave them: it then stops at
  // them instead of walking them (a walk that cost more than the rest of the phase commit).
  for (const fs of factories) Object.freeze(fs);
  if (reports.length > 0) for (const r of reports) Object.freeze(r);
  const next = produce(state, (draft) => {
    draft.tradingPrices = castDraft(Object.freeze(tp.prices));
    draft.tradingWeights = castDraft(Object.freeze(tp.weights));
    draft.factories = castDraft(Object.freeze(factories));
    for (const id of nullified) draft.nullified[id] = day;
    if (reports.length > 0) draft.reports = castDraft(Object.freeze(reports));
  });
  return { state: next, agents, breaches, bankruptcies, reports, nullified };
}

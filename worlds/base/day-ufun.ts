import type { LeagueConfig } from './league-config.ts';
import type { ExogenousToday } from './league-runtime.ts';
import type { LeagueState } from './league-state.ts';
import type { LeagueIssues } from './league-types.ts';
import { LeagueUfun } from './league-ufun.ts';

const NONE: readonly string[] = Object.freeze([]);

/**
 * A factory's profit function for one day, with everything it needs frozen at the start of the day
 * (league-rules.md §7.2): today's exogenous totals and penalty draws, the penalty scales from the
 * trading (or catalog) prices after yesterday, the starting balance and inventory.
 */
export function dayUfun(options: {
  readonly config: LeagueConfig;
  readonly state: LeagueState;
  /** Factory names per level, in world order. */
  readonly byLevel: readonly (readonly string[])[];
  readonly factory: number;
  readonly day: number;
  readonly issues: readonly (LeagueIssues | null)[];
  readonly exogenous: ExogenousToday | undefined;
}): LeagueUfun {
  const { config, state, day, issues, byLevel } = options;
  const ex = options.exogenous;
  const f = config.factories[options.factory];
  const fs = state.factories[options.factory];
  if (f === undefined || fs === undefined) throw new RangeError(`no factory ${options.factory}`);
  const scale = (product: number): number =>
    config.penaltiesScale === 'trading'
      ? (state.tradingPrices[product] as number)
      : config.penaltiesScale === 'catalog'
        ? (config.catalogPrices[product] as number)
        : 1;
  const p = config.dailyPenalties[options.factory];
  const isFirst = f.level === 0;
  const isLast = f.level === config.nProcesses - 1;
  return new LeagueUfun(
    Object.freeze({
      day,
      exogenousInputQuantity: ex?.inputQuantity ?? 0,
      exogenousInputPrice: ex?.inputPrice ?? 0,
      exogenousOutputQuantity: ex?.outputQuantity ?? 0,
      exogenousOutputPrice: ex?.outputPrice ?? 0,
      productionCost: f.productionCost,
      nLines: f.nLines,
      shortfallPenalty: p?.shortfall[day] ?? 0,
      disposalCost: p?.disposal[day] ?? 0,
      storageCost: p?.storage[day] ?? 0,
      inputPenaltyScale: scale(f.level),
      outputPenaltyScale: scale(f.level + 1),
      balance: fs.balance,
      inventoryInput: fs.inventoryInput,
      inventoryOutput: fs.inventoryOutput,
    }),
    {
      name: f.name,
      isFirstLevel: isFirst,
      isLastLevel: isLast,
      suppliers: isFirst ? NONE : (byLevel[f.level - 1] ?? NONE),
      consumers: isLast ? NONE : (byLevel[f.level + 1] ?? NONE),
      inputIssues: isFirst ? null : (issues[f.level] ?? null),
      outputIssues: isLast ? null : (issues[f.level + 1] ?? null),
    },
  );
}

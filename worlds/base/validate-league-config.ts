import { ConfigChecker, isObj, show } from './config-checker.ts';
import type { LeagueConfig } from './league-config.ts';

/** The result of `validateLeagueConfig`: the typed config, or every problem found. */
export type LeagueConfigValidation = { ok: true; config: LeagueConfig } | { ok: false; errors: string[] };

/**
 * Check that `input` (typically parsed JSON) is a complete, consistent `LeagueConfig`. Each error
 * names the field path, the bad value and what is allowed, e.g.
 * `factories[3].nLines: got -2, expected an integer >= 1`. Unknown fields are allowed (later schema
 * additions are optional fields); on success the input itself is returned, typed.
 */
export function validateLeagueConfig(input: unknown): LeagueConfigValidation {
  const v = new ConfigChecker();
  if (!isObj(input)) return { ok: false, errors: [`config: got ${show(input)}, expected an object`] };
  v.literal(input, 'schemaVersion', [1]);
  v.literal(input, 'variant', ['oneshot', 'std']);
  const nSteps = v.int(input, 'nSteps', 1);
  const nProcesses = v.int(input, 'nProcesses', 1);
  v.bool(input, 'perishable');
  if (input['penaltiesScale'] === 'unit') {
    v.error(
      'penaltiesScale',
      'unit',
      "one of 'trading', 'catalog', 'none' ('unit' is not supported: the reference raises on it)",
    );
  } else {
    v.literal(input, 'penaltiesScale', ['trading', 'catalog', 'none']);
  }
  v.num(input, 'tradingPriceDiscount', 0, 1);
  v.num(input, 'catalogQuantities', 0);
  v.int(input, 'financialReportPeriod', 1);
  v.num(input, 'bankruptcyLimit', 0);
  v.bool(input, 'publishTradingPrices');
  v.bool(input, 'publishExogenousSummary');
  if (input['info'] !== undefined && !isObj(input['info']))
    v.error('info', input['info'], 'an object or nothing');

  const neg = v.obj(input, 'negotiation');
  if (neg !== undefined) {
    v.int(neg, 'nSteps', 1, 'negotiation.');
    v.positive(neg, 'quantityMultiplier', 'negotiation.');
    v.int(neg, 'horizon', 0, 'negotiation.');
    v.num(neg, 'priceMultiplier', 0, Number.POSITIVE_INFINITY, 'negotiation.');
    v.num(neg, 'priceRangeFraction', 0, 1, 'negotiation.');
    v.bool(neg, 'widePriceRange', 'negotiation.');
    v.bool(neg, 'allowZeroQuantity', 'negotiation.');
    v.literal(neg, 'firstMover', ['parity', 'buyer', 'seller'], 'negotiation.');
  }

  const prices = v.list(input, 'catalogPrices');
  if (prices !== undefined) {
    if (nProcesses !== undefined && prices.length !== nProcesses + 1) {
      v.error('catalogPrices.length', prices.length, `nProcesses + 1 = ${nProcesses + 1}`);
    }
    prices.forEach((_, k) => v.positive(prices, k, 'catalogPrices'));
  }

  const factories = v.list(input, 'factories');
  const levels: (number | undefined)[] = [];
  if (factories !== undefined) {
    if (factories.length === 0) v.error('factories', factories, 'at least one factory per level');
    const names = new Set<string>();
    factories.forEach((f, i) => {
      const at = `factories[${i}]`;
      if (!isObj(f)) return v.error(at, f, 'an object');
      const name = v.str(f, 'name', `${at}.`);
      if (name !== undefined) {
        if (names.has(name)) v.error(`${at}.name`, name, 'a name no other factory has');
        names.add(name);
      }
      v.str(f, 'agentType', `${at}.`);
      if (f['agentParams'] !== undefined && !isObj(f['agentParams'])) {
        v.error(`${at}.agentParams`, f['agentParams'], 'an object or nothing');
      }
      const level = v.int(f, 'level', 0, `${at}.`);
      levels.push(level);
      if (level !== undefined && nProcesses !== undefined && level >= nProcesses) {
        v.error(`${at}.level`, level, `an integer in [0, ${nProcesses - 1}] (nProcesses is ${nProcesses})`);
      }
      const prev = levels[i - 1];
      if (level !== undefined && prev !== undefined && level < prev) {
        v.error(
          `${at}.level`,
          level,
          `>= ${prev}, the level of factories[${i - 1}] (factories go level by level)`,
        );
      }
      v.int(f, 'nLines', 1, `${at}.`);
      v.num(f, 'productionCost', 0, Number.POSITIVE_INFINITY, `${at}.`);
      for (const key of penaltyKeys) v.num(f, key, 0, Number.POSITIVE_INFINITY, `${at}.`);
      // league-rules.md §3.1: perishable forces storage 0, non-perishable forces disposal 0.
      const forcedZero =
        input['perishable'] === true ? storageKeys : input['perishable'] === false ? disposalKeys : [];
      for (const key of forcedZero) {
        if (typeof f[key] === 'number' && f[key] !== 0) {
          v.error(`${at}.${key}`, f[key], `0 when perishable is ${String(input['perishable'])}`);
        }
      }
      v.positive(f, 'initialBalance', `${at}.`);
    });
    if (nProcesses !== undefined) {
      for (let l = 0; l < nProcesses; l++) {
        if (!levels.includes(l))
          v.note(
            'factories',
            `no factory at level ${l}, expected every level 0..${nProcesses - 1} non-empty`,
          );
      }
    }
  }

  const contracts = v.list(input, 'exogenousContracts');
  if (contracts !== undefined) {
    let prevKey: readonly [number, number] | undefined;
    contracts.forEach((c, i) => {
      const at = `exogenousContracts[${i}]`;
      if (!isObj(c)) return v.error(at, c, 'an object');
      const nF = factories?.length;
      const factory = v.int(c, 'factory', 0, `${at}.`);
      if (factory !== undefined && nF !== undefined && factory >= nF) {
        v.error(`${at}.factory`, factory, `an index into factories, in [0, ${nF - 1}]`);
      }
      const isSale = v.bool(c, 'isSale', `${at}.`);
      const product = v.int(c, 'product', 0, `${at}.`);
      const level = factory === undefined ? undefined : levels[factory];
      if (isSale !== undefined && nProcesses !== undefined) {
        // Supplies are product 0 bought by level 0; sales are the last product sold by the last level.
        const want = isSale ? nProcesses : 0;
        const wantLevel = isSale ? nProcesses - 1 : 0;
        const kind = isSale ? 'a sale' : 'a supply';
        if (product !== undefined && product !== want)
          v.error(`${at}.product`, product, `${want} for ${kind}`);
        if (level !== undefined && level !== wantLevel) {
          v.error(
            `${at}.factory`,
            factory,
            `a factory at level ${wantLevel} for ${kind} (factories[${factory}] is at level ${level})`,
          );
        }
      }
      const day = v.int(c, 'day', 0, `${at}.`);
      if (day !== undefined && nSteps !== undefined && day >= nSteps) {
        v.error(`${at}.day`, day, `an integer in [0, ${nSteps - 1}] (nSteps is ${nSteps})`);
      }
      v.int(c, 'quantity', 1, `${at}.`);
      v.num(c, 'unitPrice', 0, Number.POSITIVE_INFINITY, `${at}.`);
      if (factory !== undefined && day !== undefined) {
        if (prevKey !== undefined && (factory < prevKey[0] || (factory === prevKey[0] && day < prevKey[1]))) {
          v.note(
            at,
            `factory ${factory} day ${day} comes after factory ${prevKey[0]} day ${prevKey[1]}, expected contracts ordered by factory, then day`,
          );
        }
        prevKey = [factory, day];
      }
    });
  }

  const penalties = v.list(input, 'dailyPenalties');
  if (penalties !== undefined) {
    if (factories !== undefined && penalties.length !== factories.length) {
      v.error('dailyPenalties.length', penalties.length, `one entry per factory (${factories.length})`);
    }
    penalties.forEach((d, i) => {
      const at = `dailyPenalties[${i}]`;
      if (!isObj(d)) return v.error(at, d, 'an object');
      for (const key of ['shortfall', 'disposal', 'storage'] as const) {
        const days = v.list(d, key, `${at}.`);
        if (days === undefined) continue;
        if (nSteps !== undefined && days.length !== nSteps) {
          v.error(`${at}.${key}.length`, days.length, `one value per day (nSteps = ${nSteps})`);
        }
        days.forEach((_, t) => v.num(days, t, 0, Number.POSITIVE_INFINITY, `${at}.${key}`));
      }
    });
  }

  return v.errors.length === 0
    ? { ok: true, config: input as unknown as LeagueConfig }
    : { ok: false, errors: v.errors };
}

const storageKeys = ['storageCostMean', 'storageCostDev'] as const;
const disposalKeys = ['disposalCostMean', 'disposalCostDev'] as const;
const penaltyKeys = ['shortfallPenaltyMean', 'shortfallPenaltyDev', ...disposalKeys, ...storageKeys] as const;

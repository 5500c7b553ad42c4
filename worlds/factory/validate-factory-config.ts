import { ConfigChecker, isObj, type Obj } from '../base/config-checker.ts';
import type { FactoryConfig } from './factory-config.ts';

/** The result of `validateFactoryConfig`: the typed config, or every problem found. */
export type FactoryConfigValidation = { ok: true; config: FactoryConfig } | { ok: false; errors: string[] };

/**
 * Checks that `input` (typically parsed JSON) is a complete, consistent `FactoryConfig`: the rules'
 * ranges, factories process by process with one finite non-negative cost per line, every process
 * staffed, and exogenous contracts that supply product 0 to the first process or buy the last product
 * from the last one, revealed no later than delivered. Unknown fields are allowed.
 */
export function validateFactoryConfig(input: unknown): FactoryConfigValidation {
  const v = new ConfigChecker();
  if (!isObj(input))
    return { ok: false, errors: [`config: got ${JSON.stringify(input)}, expected an object`] };
  v.literal(input, 'schemaVersion', [1]);
  v.literal(input, 'variant', ['factory']);
  const nSteps = v.int(input, 'nSteps', 1);
  const nProcesses = v.int(input, 'nProcesses', 1);
  for (const key of ['processInputs', 'processOutputs'] as const) {
    const list = v.list(input, key);
    if (list === undefined) continue;
    if (nProcesses !== undefined && list.length !== nProcesses) {
      v.error(`${key}.length`, list.length, `one entry per process (${nProcesses})`);
    }
    list.forEach((_, k) => v.int(list, k, 1, key));
  }
  const prices = v.list(input, 'catalogPrices');
  if (prices !== undefined) {
    if (nProcesses !== undefined && prices.length !== nProcesses + 1) {
      v.error('catalogPrices.length', prices.length, `nProcesses + 1 = ${nProcesses + 1}`);
    }
    prices.forEach((_, k) => v.num(prices, k, 0, Number.POSITIVE_INFINITY, 'catalogPrices'));
  }
  const rules = v.obj(input, 'rules');
  if (rules !== undefined) checkRules(v, rules);

  const factories = v.list(input, 'factories');
  const processes: (number | undefined)[] = [];
  if (factories !== undefined) {
    if (factories.length === 0) v.error('factories', factories, 'at least one factory per process');
    const names = new Set<string>();
    factories.forEach((f, i) => {
      const at = `factories[${i}]`;
      if (!isObj(f)) return v.error(at, f, 'an object');
      const name = v.str(f, 'name', `${at}.`);
      if (name !== undefined) {
        if (names.has(name) || name === 'SELLER' || name === 'BUYER')
          v.error(`${at}.name`, name, 'a name no other agent has');
        names.add(name);
      }
      v.str(f, 'agentType', `${at}.`);
      if (f['agentParams'] !== undefined && !isObj(f['agentParams'])) {
        v.error(`${at}.agentParams`, f['agentParams'], 'an object or nothing');
      }
      const p = v.int(f, 'process', 0, `${at}.`);
      processes.push(p);
      if (p !== undefined && nProcesses !== undefined && p >= nProcesses) {
        v.error(`${at}.process`, p, `an integer in [0, ${nProcesses - 1}]`);
      }
      const prev = processes[i - 1];
      if (p !== undefined && prev !== undefined && p < prev) {
        v.error(
          `${at}.process`,
          p,
          `>= ${prev}, the process of factories[${i - 1}] (factories go process by process)`,
        );
      }
      const costs = v.list(f, 'lineCosts', `${at}.`);
      if (costs !== undefined) {
        if (costs.length === 0) v.error(`${at}.lineCosts`, costs, 'at least one line');
        costs.forEach((_, k) => v.num(costs, k, 0, Number.POSITIVE_INFINITY, `${at}.lineCosts`));
      }
      v.num(f, 'initialBalance', 0, Number.POSITIVE_INFINITY, `${at}.`);
    });
    if (nProcesses !== undefined) {
      for (let p = 0; p < nProcesses; p++) {
        if (!processes.includes(p))
          v.note(
            'factories',
            `no factory runs process ${p}, expected every process 0..${nProcesses - 1} staffed`,
          );
      }
    }
  }

  const contracts = v.list(input, 'exogenousContracts');
  if (contracts !== undefined) {
    const ids = new Set<string>();
    contracts.forEach((c, i) => {
      const at = `exogenousContracts[${i}]`;
      if (!isObj(c)) return v.error(at, c, 'an object');
      const id = v.str(c, 'id', `${at}.`);
      if (id !== undefined) {
        if (ids.has(id) || /^c\d+$/.test(id))
          v.error(`${at}.id`, id, "a unique id not of the form 'c<number>' (kept for negotiated contracts)");
        ids.add(id);
      }
      const factory = v.int(c, 'factory', 0, `${at}.`);
      if (factory !== undefined && factories !== undefined && factory >= factories.length) {
        v.error(`${at}.factory`, factory, `an index into factories, in [0, ${factories.length - 1}]`);
      }
      const isSale = v.bool(c, 'isSale', `${at}.`);
      const product = v.int(c, 'product', 0, `${at}.`);
      const process = factory === undefined ? undefined : processes[factory];
      if (isSale !== undefined && nProcesses !== undefined) {
        const kind = isSale ? 'a sale' : 'a supply';
        const want = isSale ? nProcesses : 0;
        const wantProcess = isSale ? nProcesses - 1 : 0;
        if (product !== undefined && product !== want)
          v.error(`${at}.product`, product, `${want} for ${kind}`);
        if (process !== undefined && process !== wantProcess) {
          v.error(`${at}.factory`, factory, `a factory running process ${wantProcess} for ${kind}`);
        }
      }
      v.int(c, 'quantity', 1, `${at}.`);
      v.num(c, 'unitPrice', 0, Number.POSITIVE_INFINITY, `${at}.`);
      const day = v.int(c, 'deliveryDay', 0, `${at}.`);
      const reveal = v.int(c, 'revealDay', 0, `${at}.`);
      if (day !== undefined && nSteps !== undefined && day >= nSteps)
        v.error(`${at}.deliveryDay`, day, `a day in [0, ${nSteps - 1}]`);
      if (day !== undefined && reveal !== undefined && reveal > day)
        v.error(`${at}.revealDay`, reveal, `<= deliveryDay (${day})`);
    });
  }
  return v.errors.length === 0
    ? { ok: true, config: input as unknown as FactoryConfig }
    : { ok: false, errors: v.errors };
}

function checkRules(v: ConfigChecker, r: Obj): void {
  const at = 'rules.';
  for (const key of [
    'spotMarketGlobalLoss',
    'spotDiscount',
    'spotMultiplier',
    'interestRate',
    'liquidationRate',
    'compensationFraction',
    'inventoryValuationTrading',
    'inventoryValuationCatalog',
    'bankruptcyLimit',
  ] as const) {
    v.num(r, key, 0, Number.POSITIVE_INFINITY, at);
  }
  v.num(r, 'tradingPriceDiscount', 0, 1, at);
  v.num(r, 'catalogQuantities', 0, Number.POSITIVE_INFINITY, at);
  v.int(r, 'financialReportPeriod', 1, at);
  for (const key of [
    'compensateImmediately',
    'compensateBeforePastDebt',
    'borrowOnBreach',
    'forceSigning',
    'exogenousForceMax',
    'publishTradingPrices',
    'publishExogenousSummary',
    'allowSellingInput',
    'allowBuyingOutput',
  ] as const) {
    v.bool(r, key, at);
  }
  const n = v.obj(r, 'negotiation', at);
  if (n === undefined) return;
  v.int(n, 'nSteps', 1, `${at}negotiation.`);
  v.int(n, 'speed', 1, `${at}negotiation.`);
  for (const key of ['maxRequestsPerPair', 'quotaPerStep'] as const) {
    if (n[key] !== null) v.int(n, key, 0, `${at}negotiation.`);
  }
}

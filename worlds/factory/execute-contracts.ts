import type { FactoryConfig } from './factory-config.ts';
import { FactoryBooks } from './factory-books.ts';
import type { ExecutionRecord, LoanRecord, SpotPurchaseRecord } from './factory-records.ts';
import type { FactoryWorldState } from './factory-state.ts';
import type { FactoryBreach, FactoryContract } from './factory-types.ts';

/** What the execution phase did, besides the new state (the books hold ledger and bankruptcy records). */
export interface ExecutionPhase {
  readonly state: FactoryWorldState;
  readonly books: FactoryBooks;
  readonly executions: ExecutionRecord[];
  readonly spotPurchases: SpotPurchaseRecord[];
  readonly loans: LoanRecord[];
  readonly breaches: FactoryBreach[];
  /** Per product: units delivered and their value (trading-price sums, exogenous included). */
  readonly traded: { readonly quantity: number[]; readonly value: number[] };
  /** Contracts that went through execution, with their breaches, for the agents' callbacks. */
  readonly outcomes: { readonly contract: FactoryContract; readonly breaches: FactoryBreach[] }[];
}

/**
 * ContractExecution (league-rules.md §16.5) as one phase (one immer commit): today's signed, non-nullified
 * contracts sorted by product (stable); a seller short of goods buys them on the spot market at
 * ⌈TP · (1 + 0.9 · global loss + 0.05 · units it already bought today)⌉; a buyer short of money is
 * charged for it (`borrowOnBreach`); then whatever both can afford moves. Any payment past -L
 * bankrupts the payer. Our choices: a contract with a party already bankrupt is skipped whole, and a
 * contract stops at the step where one of its parties goes bankrupt.
 */
export function executeContracts(
  config: FactoryConfig,
  state: FactoryWorldState,
  names: readonly string[],
): ExecutionPhase {
  const day = state.day;
  const rules = config.rules;
  const gl = rules.spotMarketGlobalLoss;
  const L = rules.bankruptcyLimit;
  const index = new Map(names.map((n, i) => [n, i]));
  const executed = new Set<string>();
  const due = (state.contractsByDay[day] ?? []).slice().sort((a, b) => a.product - b.product);
  const executions: ExecutionRecord[] = [];
  const spotPurchases: SpotPurchaseRecord[] = [];
  const loans: LoanRecord[] = [];
  const breaches: FactoryBreach[] = [];
  const outcomes: { contract: FactoryContract; breaches: FactoryBreach[] }[] = [];
  const nProducts = config.nProcesses + 1;
  const traded = {
    quantity: new Array<number>(nProducts).fill(0),
    value: new Array<number>(nProducts).fill(0),
  };
  const b0 = new FactoryBooks(state, { config, names, executed });
  const spotToday = new Array<number>(names.length).fill(0);
  for (const c of due) {
    if (b0.isNullified(c.id)) continue;
    if (c.quantity <= 0 || c.unitPrice <= 0) {
      b0.nullify(c.id, { contractId: c.id, day, newQuantity: 0, reason: 'invalid' });
      continue;
    }
    executed.add(c.id);
    const s = index.get(c.seller) ?? -1;
    const b = index.get(c.buyer) ?? -1;
    if (dead(b0, s, b)) {
      executions.push({
        contractId: c.id,
        day,
        status: 'skipped',
        quantity: 0,
        money: 0,
        missingProduct: 0,
        missingMoney: 0,
      });
      continue;
    }
    const q = c.quantity;
    const u = c.unitPrice;
    const total = q * u;
    const missingProduct = s < 0 ? 0 : Math.max(0, q - b0.inventory(s, c.product));
    const missingMoney = b < 0 ? 0 : Math.max(0, total - b0.balance(b));
    const found: FactoryBreach[] = [];
    // Step 3: the seller buys what it lacks on the spot market.
    if (missingProduct > 0) {
      const loss = rules.spotDiscount * gl + rules.spotMultiplier * (spotToday[s] as number);
      const unitPrice = Math.ceil((state.tradingPrices[c.product] as number) * (1 + loss));
      const bought = b0.pay(s, unitPrice * missingProduct, 'spot-purchase', {
        contractId: c.id,
        counterparty: 'spot-market',
        goods: { product: c.product, quantity: missingProduct },
      });
      spotPurchases.push({
        day,
        agent: c.seller,
        product: c.product,
        quantity: missingProduct,
        unitPrice,
        contractId: c.id,
        bought,
      });
      if (bought) spotToday[s] = (spotToday[s] as number) + missingProduct;
      else
        found.push({
          contractId: c.id,
          day,
          perpetrator: c.seller,
          victim: c.buyer,
          type: 'product',
          level: missingProduct / q,
        });
    }
    // Step 4: a buyer short of money is charged for borrowing it; the charge brings no money in.
    if (missingMoney > 0) {
      found.push({
        contractId: c.id,
        day,
        perpetrator: c.buyer,
        victim: c.seller,
        type: 'money',
        level: missingMoney / total,
      });
      if (rules.borrowOnBreach && !dead(b0, s, b)) {
        const amount = L !== 0 ? Math.ceil(missingMoney * (1 + gl)) : Math.ceil(missingMoney);
        const balanceBefore = b0.balance(b);
        const paid = b0.pay(b, amount, 'loan-charge', { contractId: c.id, counterparty: 'bank' });
        loans.push({
          day,
          agent: c.buyer,
          kind: 'loan-charge',
          balanceBefore,
          amount,
          contractId: c.id,
          paid,
        });
      }
    }
    // Step 5: whatever both can afford moves.
    let delivered = 0;
    if (!dead(b0, s, b)) {
      const balance = b < 0 ? Infinity : b0.balance(b);
      const affordable = balance - total > -L ? total : Math.max(0, balance + L);
      const stock = s < 0 ? Infinity : b0.inventory(s, c.product);
      delivered = Math.min(stock, q, Math.floor(affordable / u));
    }
    if (delivered > 0) {
      const money = delivered * u;
      const kind = s < 0 || b < 0 ? 'exogenous' : 'transfer';
      if (b >= 0)
        b0.move(b, kind, {
          product: c.product,
          quantity: delivered,
          money: -money,
          contractId: c.id,
          counterparty: c.seller,
        });
      if (s >= 0)
        b0.move(s, kind, {
          product: c.product,
          quantity: -delivered,
          money,
          contractId: c.id,
          counterparty: c.buyer,
        });
      traded.quantity[c.product] = (traded.quantity[c.product] as number) + delivered;
      traded.value[c.product] = (traded.value[c.product] as number) + money;
    }
    executions.push({
      contractId: c.id,
      day,
      status: delivered === q ? 'executed' : delivered > 0 ? 'partial' : 'failed',
      quantity: delivered,
      money: delivered * u,
      missingProduct,
      missingMoney,
    });
    // Step 7: breach statistics.
    if (s >= 0) updateBreachStats(b0.factories[s], missingProduct / q);
    if (b >= 0) updateBreachStats(b0.factories[b], missingMoney / total);
    breaches.push(...found);
    outcomes.push({ contract: c, breaches: found });
  }
  return { state: b0.commit(), books: b0, executions, spotPurchases, loans, breaches, traded, outcomes };
}

function dead(books: FactoryBooks, s: number, b: number): boolean {
  return (s >= 0 && books.bankrupt(s)) || (b >= 0 && books.bankrupt(b));
}

/** §16.5 step 7, after n previous contracts (the level update reads the new probability, as the reference does). */
function updateBreachStats(
  fs: { breachProbability: number; breachLevel: number; contractsExecuted: number } | undefined,
  level: number,
): void {
  if (fs === undefined) return;
  const n = fs.contractsExecuted;
  fs.breachProbability = (fs.breachProbability * n + (level > 0 ? 1 : 0)) / (n + 1);
  fs.breachLevel = (fs.breachProbability * n + level) / (n + 1);
  fs.contractsExecuted = n + 1;
}

import { type Draft, produce } from 'immer';
import type { FactoryConfig } from './factory-config.ts';
import type {
  CompensationRecord,
  FactoryBankruptcyRecord,
  LiquidationRecord,
  NullifiedRecord,
} from './factory-records.ts';
import type { FactoryBooksState, FactoryWorldState, Nullification } from './factory-state.ts';
import type { FactoryContract, FactoryFinancialReport, LedgerEvent, LedgerKind } from './factory-types.ts';
import { declareBankruptcy } from './declare-bankruptcy.ts';

/** What a phase's books need to know besides the state. */
export interface BooksContext {
  readonly config: FactoryConfig;
  readonly names: readonly string[];
  /** Contracts already executed today: a bankruptcy does not nullify them. */
  readonly executed?: ReadonlySet<string>;
}

/** What a bankrupt's partners are told (§16.6 `on_agent_bankrupt`). */
export interface BankruptcyNotice {
  readonly agent: string;
  /** Per victim (factory index): its nullified contracts, their new quantities and money received now. */
  readonly victims: ReadonlyMap<
    number,
    { contracts: FactoryContract[]; newQuantities: number[]; compensation: number[] }
  >;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
/** A factory's books while a phase runs: a plain working copy, committed in one immer step. */
export type WorkingBooks = Mutable<Omit<FactoryBooksState, 'inventory'>> & { inventory: number[] };

/**
 * The single way money and goods move in a phase. Every change of a balance or an inventory is a
 * ledger event applied with `+=` in order to a working copy of the factories' books, so replaying the
 * ledger reproduces them exactly; `commit` then writes the copies into the state in one immer
 * `produce` (the phase's one state change). `pay` is a payment that may bankrupt the payer
 * (league-rules.md §16.6 trigger).
 */
export class FactoryBooks {
  readonly state: FactoryWorldState;
  readonly context: BooksContext;
  readonly day: number;
  readonly limit: number;
  readonly factories: WorkingBooks[];
  readonly ledger: LedgerEvent[] = [];
  readonly liquidations: LiquidationRecord[] = [];
  readonly compensations: CompensationRecord[] = [];
  readonly bankruptcies: FactoryBankruptcyRecord[] = [];
  readonly nullified: NullifiedRecord[] = [];
  readonly notices: BankruptcyNotice[] = [];
  readonly reports: { readonly factory: number; readonly report: FactoryFinancialReport }[] = [];
  readonly #nullifiedNow = new Map<string, Nullification>();

  constructor(state: FactoryWorldState, context: BooksContext) {
    this.state = state;
    this.context = context;
    this.day = state.day;
    this.limit = context.config.rules.bankruptcyLimit;
    this.factories = state.factories.map((fs) => ({ ...fs, inventory: fs.inventory.slice() }));
  }

  balance(i: number): number {
    return this.factories[i]?.balance ?? 0;
  }

  inventory(i: number, product: number): number {
    return this.factories[i]?.inventory[product] ?? 0;
  }

  bankrupt(i: number): boolean {
    return this.factories[i]?.bankrupt ?? false;
  }

  isNullified(id: string): boolean {
    return this.state.nullified[id] !== undefined || this.#nullifiedNow.has(id);
  }

  nullify(id: string, record: NullifiedRecord): void {
    this.#nullifiedNow.set(id, { day: record.day, newQuantity: record.newQuantity });
    this.nullified.push(record);
  }

  /** Applies and records one movement into factory i's books (negative = out). */
  move(
    i: number,
    kind: LedgerKind,
    change: {
      readonly product: number;
      readonly quantity: number;
      readonly money: number;
      readonly contractId: string | null;
      readonly counterparty: string;
    },
  ): void {
    const fs = this.factories[i];
    if (fs === undefined) throw new RangeError(`no factory ${i}`);
    if (change.money !== 0) fs.balance += change.money;
    if (change.quantity !== 0)
      fs.inventory[change.product] = (fs.inventory[change.product] as number) + change.quantity;
    this.ledger.push({
      day: this.day,
      kind,
      agent: this.context.names[i] as string,
      product: change.quantity === 0 ? -1 : change.product,
      quantity: change.quantity,
      money: change.money,
      contractId: change.contractId,
      counterparty: change.counterparty,
    });
  }

  /**
   * A payment of `amount` out of factory i, optionally buying `goods` with it (one event). If it would
   * leave the balance below -L the factory goes bankrupt instead (the payment receives
   * min(amount, liquidation value), no goods arrive) and this returns false.
   */
  pay(
    i: number,
    amount: number,
    kind: LedgerKind,
    meta: {
      readonly contractId: string | null;
      readonly counterparty: string;
      readonly goods?: { readonly product: number; readonly quantity: number };
    },
  ): boolean {
    if (amount <= 0 && meta.goods === undefined) return true;
    if (this.balance(i) - amount < -this.limit) {
      declareBankruptcy(this, i, { required: amount, cause: kind, ...meta });
      return false;
    }
    this.move(i, kind, {
      product: meta.goods?.product ?? -1,
      quantity: meta.goods?.quantity ?? 0,
      money: -amount,
      contractId: meta.contractId,
      counterparty: meta.counterparty,
    });
    return true;
  }

  /** The phase's one state change: books, nullifications, bulletin board, reports. */
  commit(extra?: (draft: Draft<FactoryWorldState>) => void): FactoryWorldState {
    return produce(this.state, (draft) => {
      this.factories.forEach((fs, i) => {
        const before = this.state.factories[i];
        if (before === undefined || sameBooks(before, fs)) return;
        draft.factories[i] = { ...fs, inventory: fs.inventory.slice() };
      });
      for (const [id, n] of this.#nullifiedNow) draft.nullified[id] = n;
      for (const b of this.bankruptcies) draft.bankruptcies.push({ agent: b.agent, day: b.day });
      for (const { factory, report } of this.reports) {
        draft.reports[factory] = [...(this.state.reports[factory] ?? []), report];
      }
      extra?.(draft);
    });
  }
}

function sameBooks(a: FactoryBooksState, b: WorkingBooks): boolean {
  if (
    a.balance !== b.balance ||
    a.bankrupt !== b.bankrupt ||
    a.bankruptDay !== b.bankruptDay ||
    a.contractsExecuted !== b.contractsExecuted ||
    a.breachProbability !== b.breachProbability ||
    a.breachLevel !== b.breachLevel
  ) {
    return false;
  }
  for (let p = 0; p < a.inventory.length; p++) if (a.inventory[p] !== b.inventory[p]) return false;
  return true;
}

import type { FactoryConfig, FactoryRules } from './factory-config.ts';
import type { FactoryWorldState } from './factory-state.ts';
import {
  type FactoryContract,
  type FactoryExogenousSummary,
  type FactoryFinancialReport,
  type ProductionCell,
  SYSTEM_BUYER,
  SYSTEM_SELLER,
} from './factory-types.ts';
import type { ProductionQuery, ProductionSchedule } from './production-schedule.ts';

/** The read side of a factory world: what views read. */
export interface FactoryReader {
  readonly config: FactoryConfig;
  readonly state: FactoryWorldState;
  readonly names: readonly string[];
  readonly schedules: readonly ProductionSchedule[];
  /** The bulletin board's exogenous summary over all exogenous contracts (§16.2). */
  readonly exogenousSummary: readonly FactoryExogenousSummary[];
}

/**
 * A factory's read-only view of the 2020 world (the information half of the reference's AWI,
 * league-rules.md §16). It holds no data: every getter reads the world's current frozen state and
 * shows only what the rules let this factory see.
 */
export class FactoryView {
  readonly #r: FactoryReader;
  readonly #i: number;
  readonly #suppliers: readonly string[];
  readonly #consumers: readonly string[];

  constructor(reader: FactoryReader, factory: number) {
    this.#r = reader;
    this.#i = factory;
    const f = reader.config.factories[factory];
    if (f === undefined) throw new RangeError(`no factory ${factory}`);
    this.#suppliers = Object.freeze(this.allSuppliers(f.process));
    this.#consumers = Object.freeze(this.allConsumers(f.process + 1));
    Object.freeze(this);
  }

  // --- the market ---------------------------------------------------------------------------------

  get nSteps(): number {
    return this.#r.config.nSteps;
  }
  get currentStep(): number {
    return this.#r.state.day;
  }
  get relativeTime(): number {
    return this.#r.state.day / this.#r.config.nSteps;
  }
  get nProcesses(): number {
    return this.#r.config.nProcesses;
  }
  get nProducts(): number {
    return this.#r.config.nProcesses + 1;
  }
  get catalogPrices(): readonly number[] {
    return this.#r.config.catalogPrices;
  }
  get processInputs(): readonly number[] {
    return this.#r.config.processInputs;
  }
  get processOutputs(): readonly number[] {
    return this.#r.config.processOutputs;
  }
  get rules(): FactoryRules {
    return this.#r.config.rules;
  }
  /** Trading prices after yesterday's executions, or null when the world does not publish them. */
  get tradingPrices(): readonly number[] | null {
    return this.#r.config.rules.publishTradingPrices ? this.#r.state.tradingPrices : null;
  }
  /** Σ quantity and Σ value per product and day over all exogenous contracts, or null when not published. */
  get exogenousSummary(): readonly FactoryExogenousSummary[] | null {
    return this.#r.config.rules.publishExogenousSummary ? this.#r.exogenousSummary : null;
  }
  /** Producers of `product` (SELLER for product 0). */
  allSuppliers(product: number): string[] {
    if (product === 0) return [SYSTEM_SELLER];
    return this.#r.config.factories.filter((f) => f.process + 1 === product).map((f) => f.name);
  }
  /** Consumers of `product` (BUYER for the last product). */
  allConsumers(product: number): string[] {
    if (product === this.#r.config.nProcesses) return [SYSTEM_BUYER];
    return this.#r.config.factories.filter((f) => f.process === product).map((f) => f.name);
  }
  isSystem(agent: string): boolean {
    return agent === SYSTEM_SELLER || agent === SYSTEM_BUYER;
  }
  isBankrupt(agent: string): boolean {
    const i = this.#r.names.indexOf(agent);
    return i >= 0 && (this.#r.state.factories[i]?.bankrupt ?? false);
  }
  /** Bankruptcies on the bulletin board, in order. */
  get bankruptcies(): readonly { readonly agent: string; readonly day: number }[] {
    return this.#r.state.bankruptcies;
  }
  /** The latest published financial report of `agent`, or null. */
  latestReport(agent: string): FactoryFinancialReport | null {
    const i = this.#r.names.indexOf(agent);
    const reports = this.#r.state.reports[i];
    return reports?.[reports.length - 1] ?? null;
  }

  // --- this factory ---------------------------------------------------------------------------------

  get name(): string {
    return this.#r.names[this.#i] as string;
  }
  get process(): number {
    return this.#profile().process;
  }
  get inputProduct(): number {
    return this.#profile().process;
  }
  get outputProduct(): number {
    return this.#profile().process + 1;
  }
  get nLines(): number {
    return this.#profile().lineCosts.length;
  }
  get lineCosts(): readonly number[] {
    return this.#profile().lineCosts;
  }
  get initialBalance(): number {
    return this.#profile().initialBalance;
  }
  get mySuppliers(): readonly string[] {
    return this.#suppliers;
  }
  get myConsumers(): readonly string[] {
    return this.#consumers;
  }
  get isFirstLevel(): boolean {
    return this.#profile().process === 0;
  }
  get isLastLevel(): boolean {
    return this.#profile().process === this.#r.config.nProcesses - 1;
  }
  get balance(): number {
    return this.#books().balance;
  }
  /** Units held per product. */
  get inventory(): readonly number[] {
    return this.#books().inventory;
  }
  get inputInventory(): number {
    return this.#books().inventory[this.inputProduct] ?? 0;
  }
  get outputInventory(): number {
    return this.#books().inventory[this.outputProduct] ?? 0;
  }
  get bankrupt(): boolean {
    return this.#books().bankrupt;
  }
  /** Own signed contracts due on `day` that are not nullified. */
  contractsOn(day: number): FactoryContract[] {
    const name = this.name;
    const nullified = this.#r.state.nullified;
    return (this.#r.state.contractsByDay[day] ?? []).filter(
      (c) => (c.buyer === name || c.seller === name) && nullified[c.id] === undefined,
    );
  }

  // --- production -----------------------------------------------------------------------------------

  /** The process scheduled on (day, line), or -1. */
  commandAt(day: number, line: number): number {
    return this.#schedule().get(day, line);
  }
  /** A copy of the day's commands. */
  commandsOn(day: number): number[] {
    return this.#schedule().row(day);
  }
  /** Idle cells on days [from, to] of all lines: `availableForProduction` with method 'all', counted. */
  idleCells(from: number, to: number): number {
    return this.#schedule().countIdle(Math.max(from, this.#r.state.day), to);
  }
  /** `available_for_production` (§16.1): free cells (or any with override) by the given method. */
  availableForProduction(query: ProductionQuery): ProductionCell[] {
    return this.#schedule().available(query, this.#r.state.day);
  }

  #profile(): FactoryConfig['factories'][number] {
    return this.#r.config.factories[this.#i] as FactoryConfig['factories'][number];
  }
  #books(): FactoryWorldState['factories'][number] {
    return this.#r.state.factories[this.#i] as FactoryWorldState['factories'][number];
  }
  #schedule(): ProductionSchedule {
    return this.#r.schedules[this.#i] as ProductionSchedule;
  }
}

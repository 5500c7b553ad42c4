import type { DayDeals } from './day-deals.ts';
import type { LeagueReader } from './league-runtime.ts';
import {
  type ExogenousSummary,
  type FinancialReport,
  type LeagueContract,
  type LeagueIssues,
  type NegotiationDetails,
  type OwnProfile,
  SYSTEM_BUYER,
  SYSTEM_SELLER,
} from './league-types.ts';

/**
 * A factory's read-only view of the world (the reference's agent-world interface, league-rules.md §14).
 * It holds no data of its own: every getter reads the world's current frozen state through a private
 * reader, and exposes only what the rules let this factory see (nothing private about other factories).
 */
export class LeagueView {
  readonly #r: LeagueReader;
  readonly #i: number;
  readonly #profile: OwnProfile;
  readonly #suppliers: readonly string[];
  readonly #consumers: readonly string[];
  readonly #competitors: readonly string[];
  #partners: readonly string[] | null = null;
  #partnersDay = -1;

  constructor(reader: LeagueReader, factory: number) {
    this.#r = reader;
    this.#i = factory;
    const f = reader.config.factories[factory];
    if (f === undefined) throw new RangeError(`no factory ${factory}`);
    this.#profile = Object.freeze({
      name: f.name,
      level: f.level,
      inputProduct: f.level,
      outputProduct: f.level + 1,
      nLines: f.nLines,
      productionCost: f.productionCost,
      shortfallPenaltyMean: f.shortfallPenaltyMean,
      shortfallPenaltyDev: f.shortfallPenaltyDev,
      disposalCostMean: f.disposalCostMean,
      disposalCostDev: f.disposalCostDev,
      storageCostMean: f.storageCostMean,
      storageCostDev: f.storageCostDev,
      initialBalance: f.initialBalance,
    });
    this.#suppliers = Object.freeze(this.allSuppliers(f.level));
    this.#consumers = Object.freeze(this.allConsumers(f.level + 1));
    this.#competitors = Object.freeze(
      reader.config.factories.filter((g, j) => g.level === f.level && j !== factory).map((g) => g.name),
    );
    Object.freeze(this);
  }

  // --- static market information -------------------------------------------------------------------

  get nSteps(): number {
    return this.#r.config.nSteps;
  }
  get currentStep(): number {
    return this.#r.state.day;
  }
  /** Fraction of the simulation done: day / nSteps. */
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
  get isPerishable(): boolean {
    return this.#r.config.perishable;
  }
  get horizon(): number {
    return this.#r.config.negotiation.horizon;
  }
  get allowZeroQuantity(): boolean {
    return this.#r.config.negotiation.allowZeroQuantity;
  }
  get penaltiesScale(): string {
    return this.#r.config.penaltiesScale;
  }
  get maxNLines(): number {
    return Math.max(...this.#r.config.factories.map((f) => f.nLines));
  }
  /** Σ lines per process. */
  get productionCapacities(): readonly number[] {
    const caps = new Array<number>(this.#r.config.nProcesses).fill(0);
    for (const f of this.#r.config.factories) caps[f.level] = (caps[f.level] ?? 0) + f.nLines;
    return caps;
  }
  /** Agents that produce `product` (SELLER for product 0). */
  allSuppliers(product: number): string[] {
    if (product === 0) return [SYSTEM_SELLER];
    return this.#r.config.factories.filter((f) => f.level + 1 === product).map((f) => f.name);
  }
  /** Agents that consume `product` (BUYER for the last product). */
  allConsumers(product: number): string[] {
    if (product === this.#r.config.nProcesses) return [SYSTEM_BUYER];
    return this.#r.config.factories.filter((f) => f.level === product).map((f) => f.name);
  }
  isSystem(agent: string): boolean {
    return agent === SYSTEM_SELLER || agent === SYSTEM_BUYER;
  }

  // --- own static information ----------------------------------------------------------------------

  get profile(): OwnProfile {
    return this.#profile;
  }
  get name(): string {
    return this.#profile.name;
  }
  get level(): number {
    return this.#profile.level;
  }
  get nLines(): number {
    return this.#profile.nLines;
  }
  get myInputProduct(): number {
    return this.#profile.inputProduct;
  }
  get myOutputProduct(): number {
    return this.#profile.outputProduct;
  }
  get isFirstLevel(): boolean {
    return this.#profile.level === 0;
  }
  get isLastLevel(): boolean {
    return this.#profile.level === this.#r.config.nProcesses - 1;
  }
  get isMiddleLevel(): boolean {
    return !this.isFirstLevel && !this.isLastLevel;
  }
  /** Suppliers of the input product (["SELLER"] at the first level). */
  get mySuppliers(): readonly string[] {
    return this.#suppliers;
  }
  /** Consumers of the output product (["BUYER"] at the last level). */
  get myConsumers(): readonly string[] {
    return this.#consumers;
  }
  /** Suppliers and consumers, system agents excluded. */
  get myPartners(): string[] {
    return [...this.#suppliers, ...this.#consumers].filter((a) => !this.isSystem(a));
  }
  get myCompetitors(): readonly string[] {
    return this.#competitors;
  }
  get nCompetitors(): number {
    return this.#competitors.length;
  }
  get nInputNegotiations(): number {
    return this.isFirstLevel ? 0 : this.#suppliers.length;
  }
  get nOutputNegotiations(): number {
    return this.isLastLevel ? 0 : this.#consumers.length;
  }

  // --- dynamic market information ------------------------------------------------------------------

  /** Trading prices after yesterday (catalog prices if trading prices are not published). */
  get tradingPrices(): readonly number[] {
    return this.#r.config.publishTradingPrices ? this.#r.state.tradingPrices : this.#r.config.catalogPrices;
  }
  /** Today's exogenous totals per product (empty if the summary is not published). */
  get exogenousContractSummary(): readonly ExogenousSummary[] {
    return this.#r.config.publishExogenousSummary ? (this.#r.today?.summary ?? []) : [];
  }
  /** The latest financial report of every factory. */
  get financialReports(): readonly FinancialReport[] {
    return this.#r.state.reports;
  }
  isBankrupt(agent: string): boolean {
    const j = this.#r.indexOf.get(agent);
    return j === undefined ? false : (this.#r.state.factories[j]?.bankrupt ?? false);
  }
  get bankruptAgents(): string[] {
    return this.#r.names.filter((_, j) => this.#r.state.factories[j]?.bankrupt);
  }

  // --- own dynamic information ---------------------------------------------------------------------

  get currentExogenousInputQuantity(): number {
    return this.#r.today?.exogenous[this.#i]?.inputQuantity ?? 0;
  }
  /** Total price of today's exogenous supply. */
  get currentExogenousInputPrice(): number {
    return this.#r.today?.exogenous[this.#i]?.inputPrice ?? 0;
  }
  get currentExogenousOutputQuantity(): number {
    return this.#r.today?.exogenous[this.#i]?.outputQuantity ?? 0;
  }
  /** Total price of today's exogenous sale. */
  get currentExogenousOutputPrice(): number {
    return this.#r.today?.exogenous[this.#i]?.outputPrice ?? 0;
  }
  /** Today's unscaled shortfall penalty rate. */
  get currentShortfallPenalty(): number {
    return this.#r.today?.penalties[this.#i]?.shortfall ?? this.#profile.shortfallPenaltyMean;
  }
  get currentDisposalCost(): number {
    return this.#r.today?.penalties[this.#i]?.disposal ?? this.#profile.disposalCostMean;
  }
  get currentStorageCost(): number {
    return this.#r.today?.penalties[this.#i]?.storage ?? this.#profile.storageCostMean;
  }
  /** The scale penalties on the input (or output) product are multiplied by. */
  penaltyMultiplier(isInput: boolean): number {
    const product = isInput ? this.myInputProduct : this.myOutputProduct;
    switch (this.#r.config.penaltiesScale) {
      case 'trading':
        return this.#r.state.tradingPrices[product] as number;
      case 'catalog':
        return this.#r.config.catalogPrices[product] as number;
      case 'none':
        return 1;
    }
  }
  get currentBalance(): number {
    return this.#r.state.factories[this.#i]?.balance ?? 0;
  }
  /** Balance / initial balance (1 = break-even). */
  get currentScore(): number {
    const initial = this.#profile.initialBalance;
    return initial === 0 ? this.currentBalance : this.currentBalance / initial;
  }
  get currentInventoryInput(): number {
    return this.#r.state.factories[this.#i]?.inventoryInput ?? 0;
  }
  get currentInventoryOutput(): number {
    return this.#r.state.factories[this.#i]?.inventoryOutput ?? 0;
  }

  // --- today's and future deals --------------------------------------------------------------------

  /** Quantity sold per consumer for delivery today. */
  get sales(): Readonly<Record<string, number>> {
    return this.#dealsAt(this.currentStep, false);
  }
  /** Quantity bought per supplier for delivery today. */
  get supplies(): Readonly<Record<string, number>> {
    return this.#dealsAt(this.currentStep, true);
  }
  get totalSales(): number {
    return this.totalSalesAt(this.currentStep);
  }
  get totalSupplies(): number {
    return this.totalSuppliesAt(this.currentStep);
  }
  totalSalesAt(day: number): number {
    return this.#deals(day).totalSales;
  }
  totalSuppliesAt(day: number): number {
    return this.#deals(day).totalSupplies;
  }
  totalSalesBetween(from: number, to: number): number {
    let n = 0;
    for (let d = Math.max(0, from); d <= Math.min(to, this.nSteps - 1); d++) n += this.totalSalesAt(d);
    return n;
  }
  totalSuppliesBetween(from: number, to: number): number {
    let n = 0;
    for (let d = Math.max(0, from); d <= Math.min(to, this.nSteps - 1); d++) n += this.totalSuppliesAt(d);
    return n;
  }
  /** Sales agreed for days after today: day -> consumer -> quantity. */
  get futureSales(): Readonly<Record<number, Readonly<Record<string, number>>>> {
    return this.#future(false);
  }
  get futureSupplies(): Readonly<Record<number, Readonly<Record<string, number>>>> {
    return this.#future(true);
  }
  /** Units still to sell today: ex_in + inv_in + supplies − sales − ex_out − inv_out (§14). */
  get neededSales(): number {
    if (this.isLastLevel) return 0;
    const n =
      this.currentExogenousInputQuantity +
      this.currentInventoryInput +
      this.totalSupplies -
      this.totalSales -
      this.currentExogenousOutputQuantity -
      this.currentInventoryOutput;
    return this.isPerishable ? Math.min(n, this.nLines) : n;
  }
  /** Units still to buy today: ex_out + inv_out + sales − supplies − ex_in − inv_in (§14). */
  get neededSupplies(): number {
    if (this.isFirstLevel) return 0;
    const n =
      this.currentExogenousOutputQuantity +
      this.currentInventoryOutput +
      this.totalSales -
      this.totalSupplies -
      this.currentExogenousInputQuantity -
      this.currentInventoryInput;
    return this.isPerishable ? Math.min(n, this.nLines) : n;
  }
  /** This factory's signed, non-nullified contracts with other factories delivered on `day`. */
  contractsAt(day: number): LeagueContract[] {
    return this.#deals(day).contracts.slice();
  }

  // --- current negotiations ------------------------------------------------------------------------

  get currentInputIssues(): LeagueIssues | null {
    return this.isFirstLevel ? null : (this.#r.today?.issues[this.myInputProduct] ?? null);
  }
  get currentOutputIssues(): LeagueIssues | null {
    return this.isLastLevel ? null : (this.#r.today?.issues[this.myOutputProduct] ?? null);
  }
  /** Today's negotiations by partner, running or ended. */
  get currentNegotiationDetails(): Readonly<Record<string, NegotiationDetails>> {
    const out: Record<string, NegotiationDetails> = {};
    const mine = this.#r.today?.negotiationsOf[this.#i];
    if (mine === undefined) return out;
    for (const [partner, n] of mine) {
      out[partner] = Object.freeze({
        partner,
        isBuy: n.buyer === this.#i,
        product: n.product,
        issues: n.issues,
        running: n.mechanism.running,
        state: n.mechanism.state(),
      });
    }
    return Object.freeze(out);
  }
  /**
   * Every partner this factory negotiates with today, running or ended, in the order the negotiations
   * were created (the reference's negotiator table, which keeps ended negotiations). Cheap: no states.
   */
  get todaysPartners(): readonly string[] {
    const today = this.#r.today;
    if (today === null) return [];
    if (this.#partnersDay !== today.day || this.#partners === null) {
      this.#partners = Object.freeze([...(today.negotiationsOf[this.#i]?.keys() ?? [])]);
      this.#partnersDay = today.day;
    }
    return this.#partners;
  }
  /** Partners whose negotiation with this factory is still running. */
  get runningNegotiations(): string[] {
    const mine = this.#r.today?.negotiationsOf[this.#i];
    if (mine === undefined) return [];
    return [...mine].filter(([, n]) => n.mechanism.running).map(([p]) => p);
  }

  #dealsAt(day: number, buying: boolean): Readonly<Record<string, number>> {
    const d = this.#deals(day);
    return buying ? d.supplies : d.sales;
  }

  /** This factory's deals due on `day` (the world caches them: agents ask many times a round). */
  #deals(day: number): DayDeals {
    return this.#r.dealsOf(this.#i, day);
  }

  #future(buying: boolean): Readonly<Record<number, Readonly<Record<string, number>>>> {
    const out: Record<number, Readonly<Record<string, number>>> = {};
    for (let d = this.currentStep + 1; d < this.nSteps; d++) {
      const deals = this.#dealsAt(d, buying);
      if (Object.keys(deals).length > 0) out[d] = deals;
    }
    return out;
  }
}

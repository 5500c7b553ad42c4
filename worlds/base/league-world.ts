import { castDraft, produce } from 'immer';
import { createRng } from '../../src/core/rng.ts';
import { isolationOf } from '../../src/engine/isolation/isolation-of.ts';
import { runConcurrent } from '../../src/negotiation/run-concurrent.ts';
import { SaoMechanism } from '../../src/negotiation/sao-mechanism.ts';
import { type DayNegotiatorSource, dayNegotiators } from './agent-negotiators.ts';
import { faultKindOf } from './fault-kind.ts';
import { frozenCopy } from './frozen-copy.ts';
import { bookDay } from './book-day.ts';
import { DealBook } from './deal-book.ts';
import type { DayDeals } from './day-deals.ts';
import { dayHash } from './day-hash.ts';
import { dayIssues } from './day-issues.ts';
import type { LeagueAgent, LeagueAgentType } from './league-agent.ts';
import type { LeagueConfig } from './league-config.ts';
import type { FaultRecord, LeagueDayRecord, NegotiationRecord, ProductDayRecord } from './league-records.ts';
import type { DayNegotiation, DayRuntime, ExogenousToday, LeagueReader } from './league-runtime.ts';
import { type LeagueState, initialLeagueState } from './league-state.ts';
import type { ExogenousSummary, LeagueContract, LeagueIssues, LeagueOffer } from './league-types.ts';
import type { LeagueUfun } from './league-ufun.ts';
import { dayUfun } from './day-ufun.ts';
import { LeagueView } from './league-view.ts';
import { offerChecks } from './offer-checks.ts';
import { openNegotiations } from './open-negotiations.ts';

export interface LeagueWorldOptions {
  readonly config: LeagueConfig;
  /** The run's root seed: agents' streams are derived from it by path `agent/<name>`. */
  readonly seed: string;
  /** Finds the agent type named in each factory's `agentType`. */
  readonly resolveAgent: (name: string) => LeagueAgentType | undefined;
  /** Keep every offer and response in the negotiation records. */
  readonly logOffers?: boolean;
}

const idle: LeagueAgent = { style: 'negotiation', propose: () => null, respond: () => 'end' };

/**
 * A OneShot or Standard world (league-rules.md §4): runs days in the reference's order and returns one
 * record per day. The state changes only through immer phases; agents see it through frozen views.
 */
export class LeagueWorld implements LeagueReader {
  readonly config: LeagueConfig;
  readonly names: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  #state: LeagueState;
  #today: DayRuntime | null = null;
  readonly #agents: LeagueAgent[];
  readonly #exogenousByDay: {
    factory: number;
    isSale: boolean;
    quantity: number;
    unitPrice: number;
    product: number;
  }[][];
  readonly #logOffers: boolean;
  #faults: FaultRecord[] = [];
  #hash = '';
  readonly #deals: DealBook;
  /** Factory names per level, in world order. */
  readonly #byLevel: readonly (readonly string[])[];
  /** Today's negotiator sources by factory (empty outside the negotiations). */
  #sources: readonly DayNegotiatorSource[] = [];

  constructor(options: LeagueWorldOptions) {
    // Deep-frozen: views hand out parts of it (catalog prices, factories) and agents must not change it.
    const config = frozenCopy(options.config);
    this.config = config;
    this.#logOffers = options.logOffers ?? false;
    this.names = Object.freeze(config.factories.map((f) => f.name));
    this.indexOf = new Map(this.names.map((n, i) => [n, i]));
    this.#deals = new DealBook(this.names);
    this.#byLevel = Array.from({ length: config.nProcesses }, (_, level) =>
      Object.freeze(config.factories.filter((f) => f.level === level).map((f) => f.name)),
    );
    this.#state = initialLeagueState(config);
    this.#exogenousByDay = Array.from({ length: config.nSteps }, () => []);
    for (const c of config.exogenousContracts) this.#exogenousByDay[c.day]?.push({ ...c });
    const root = createRng(options.seed);
    this.#agents = config.factories.map((f, i) => {
      const type = options.resolveAgent(f.agentType);
      if (type === undefined) throw new RangeError(`factory ${f.name}: unknown agent type '${f.agentType}'`);
      const view = new LeagueView(this, i);
      const context = Object.freeze({
        view,
        rng: root.derive('agent', f.name),
        params: Object.freeze({ ...(f.agentParams ?? {}) }),
        ufun: () => this.#today?.ufuns[i] ?? this.#ufunFor(i, this.#state.day, []),
      });
      try {
        const agent = type.create(context);
        // An agent isolated in a worker thread reports its timeouts and crashes here (issue 8).
        const isolation = isolationOf(agent);
        if (isolation !== undefined)
          isolation.onFault = (callback, kind, message) => this.#fault(i, callback, kind, message);
        return agent;
      } catch (err: unknown) {
        this.#fault(i, 'create', 'exception', err instanceof Error ? err.message : String(err));
        return idle;
      }
    });
  }

  get state(): LeagueState {
    return this.#state;
  }
  get today(): DayRuntime | null {
    return this.#today;
  }
  dealsOf(i: number, day: number): DayDeals {
    return this.#deals.dealsOf(i, day, this.#state.nullified);
  }
  get finished(): boolean {
    return this.#state.day >= this.config.nSteps;
  }

  /** Stops the worker threads of isolated agents (a no-op for agents that run in this thread). */
  dispose(): void {
    for (const agent of this.#agents) isolationOf(agent)?.dispose();
  }

  /** Runs the next day and returns its record. */
  runDay(): LeagueDayRecord {
    if (this.finished) throw new Error(`the world has already run all ${this.config.nSteps} days`);
    const config = this.config;
    const day = this.#state.day;
    if (day === 0) this.#everyAgent('init', (a) => a.init?.());

    // Stage 0: exogenous contracts, bulletin board, profit functions, issues, negotiations (§4 step 2).
    const exogenous: ExogenousToday[] = config.factories.map(() => ({
      inputQuantity: 0,
      inputPrice: 0,
      outputQuantity: 0,
      outputPrice: 0,
    }));
    const summary: { totalQuantity: number; totalPrice: number }[] = Array.from(
      { length: config.nProcesses + 1 },
      () => ({ totalQuantity: 0, totalPrice: 0 }),
    );
    for (const c of this.#exogenousByDay[day] ?? []) {
      const e = exogenous[c.factory] as {
        inputQuantity: number;
        inputPrice: number;
        outputQuantity: number;
        outputPrice: number;
      };
      const total = c.quantity * c.unitPrice;
      if (c.isSale) {
        e.outputQuantity += c.quantity;
        e.outputPrice += total;
      } else {
        e.inputQuantity += c.quantity;
        e.inputPrice += total;
      }
      const s = summary[c.product] as { totalQuantity: number; totalPrice: number };
      s.totalQuantity += c.quantity;
      s.totalPrice += total;
    }
    const issues = dayIssues(config, day, this.#state.tradingPrices);
    const ufuns = config.factories.map((_, i) => this.#ufunFor(i, day, issues, exogenous[i]));
    const negotiationsOf = config.factories.map(() => new Map<string, DayNegotiation>());
    const signedToday: LeagueContract[] = [];
    const negotiations: DayNegotiation[] = [];
    this.#today = {
      day,
      issues,
      exogenous,
      summary: summary.map((s): ExogenousSummary => ({
        ...s,
        averageUnitPrice: s.totalQuantity > 0 ? s.totalPrice / s.totalQuantity : 0,
      })),
      ufuns,
      penalties: config.dailyPenalties.map((p) => ({
        shortfall: p.shortfall[day] ?? 0,
        disposal: p.disposal[day] ?? 0,
        storage: p.storage[day] ?? 0,
      })),
      negotiations,
      negotiationsOf,
    };
    this.#openNegotiations(issues, negotiations, negotiationsOf);
    this.#everyAgent('beforeStep', (a) => a.beforeStep?.());

    // Negotiations: interleaved passes; each ending is handled (callbacks, signing) at once (§4 step 3).
    const records: NegotiationRecord[] = [];
    runConcurrent(
      negotiations.map((n) => n.mechanism),
      { onEnd: (k) => records.push(this.#endNegotiation(negotiations[k] as DayNegotiation, signedToday)) },
    );
    this.#sources = [];
    const nextContractId = this.#state.nextContractId + signedToday.length;
    this.#state = produce(this.#state, (draft) => {
      // New day arrays built outside the draft: a proxy write per contract cost more than the rest.
      // Frozen before immer sees them (contracts are frozen when signed): immer's auto-freeze stops at
      // frozen values, where it would otherwise walk every day's list on every day.
      if (signedToday.length > 0) {
        const byDay = this.#state.contractsByDay.slice();
        for (const c of signedToday) byDay[c.deliveryDay] = [...(byDay[c.deliveryDay] ?? []), c];
        for (const c of signedToday) Object.freeze(byDay[c.deliveryDay]);
        draft.contractsByDay = castDraft(Object.freeze(byDay));
      }
      draft.nextContractId = nextContractId;
      draft.nextNegotiationId += negotiations.length;
    });

    // Execution: nothing moves; executed quantities feed the trading prices (§4 step 5).
    const quantity = new Array<number>(config.nProcesses + 1).fill(0);
    const value = new Array<number>(config.nProcesses + 1).fill(0);
    const executed: string[] = [];
    const zeroQuantity: string[] = [];
    const gone = this.#deals.nullifiedIds(this.#state.nullified);
    for (const c of this.#state.contractsByDay[day] ?? []) {
      if (gone.has(c.id)) continue;
      if (c.quantity < 1) {
        zeroQuantity.push(c.id);
        continue;
      }
      executed.push(c.id);
      quantity[c.product] = (quantity[c.product] as number) + c.quantity;
      value[c.product] = (value[c.product] as number) + c.quantity * c.unitPrice;
    }
    for (const c of this.#exogenousByDay[day] ?? []) {
      if (c.quantity < 1) continue;
      quantity[c.product] = (quantity[c.product] as number) + c.quantity;
      value[c.product] = (value[c.product] as number) + c.quantity * c.unitPrice;
    }
    if (zeroQuantity.length > 0) {
      this.#state = produce(this.#state, (draft) => {
        for (const id of zeroQuantity) draft.nullified[id] = day;
      });
    }

    this.#everyAgent('step', (a) => a.step?.());

    // Stage 1: prices, profits, inventory, breaches, bankruptcy, reports (§4 step 7).
    const booked = bookDay(config, this.#state, this.#today, { quantity, value });
    const products: ProductDayRecord[] = quantity.map((q, p) => {
      const s = summary[p] as { totalQuantity: number; totalPrice: number };
      return {
        product: p,
        tradingPrice: booked.state.tradingPrices[p] as number,
        soldQuantity: q,
        averageUnitPrice: q > 0 ? (value[p] as number) / q : 0,
        exogenousQuantity: s.totalQuantity,
        exogenousUnitPrice: s.totalQuantity > 0 ? s.totalPrice / s.totalQuantity : 0,
      };
    });
    const nullifiedContracts = [...zeroQuantity, ...booked.nullified];
    this.#state = produce(booked.state, (draft) => {
      draft.day = day + 1;
    });
    this.#hash = dayHash(this.#hash, day, this.#state, signedToday, nullifiedContracts);
    this.#today = null;
    const faults = this.#faults;
    this.#faults = [];
    return {
      day,
      stateHash: this.#hash,
      negotiations: records,
      contracts: signedToday,
      executedContracts: executed,
      nullifiedContracts,
      agents: booked.agents,
      products,
      breaches: booked.breaches,
      bankruptcies: booked.bankruptcies,
      reports: booked.reports,
      faults,
    };
  }

  #openNegotiations(
    issues: readonly (LeagueIssues | null)[],
    negotiations: DayNegotiation[],
    negotiationsOf: Map<string, DayNegotiation>[],
  ): void {
    const bankrupt = this.#state.factories.map((f) => f.bankrupt);
    const sources = this.#agents.map((agent, i) =>
      dayNegotiators(
        agent,
        (partner) => negotiationsOf[i]?.get(partner)?.mechanism.running ?? false,
        (callback, kind, message) => this.#fault(i, callback, kind, message),
      ),
    );
    this.#sources = sources;
    const maxWait = this.config.factories.length;
    // One offer check per product and day, shared by that product's negotiations.
    const checks = issues.map((i) => (i === null ? null : (o: LeagueOffer) => offerChecks.inIssues(o, i)));
    let id = this.#state.nextNegotiationId;
    for (const plan of openNegotiations(this.config, bankrupt)) {
      const dayIssues = issues[plan.product];
      const isValid = checks[plan.product];
      if (dayIssues === null || dayIssues === undefined || isValid === null || isValid === undefined)
        continue;
      const other = plan.opener === plan.seller ? plan.buyer : plan.seller;
      const order = [plan.opener, other];
      const mechanism = new SaoMechanism<LeagueOffer>({
        negotiators: order.map((i) => {
          const partner = this.names[i === plan.seller ? plan.buyer : plan.seller] as string;
          return (sources[i] as ReturnType<typeof dayNegotiators>).negotiatorFor(partner);
        }),
        nSteps: this.config.negotiation.nSteps,
        isValid,
        cast: offerChecks.cast,
        transcript: this.#logOffers,
        maxWait,
      });
      const n: DayNegotiation = { id: `n${id++}`, ...plan, issues: dayIssues, mechanism };
      negotiations.push(n);
      negotiationsOf[plan.seller]?.set(this.names[plan.buyer] as string, n);
      negotiationsOf[plan.buyer]?.set(this.names[plan.seller] as string, n);
    }
  }

  #endNegotiation(n: DayNegotiation, signedToday: LeagueContract[]): NegotiationRecord {
    const result = n.mechanism.result();
    const seller = this.names[n.seller] as string;
    const buyer = this.names[n.buyer] as string;
    // Every ending passes here straight from the step that ended it (the world aborts none).
    this.#sources[n.seller]?.ended?.(buyer);
    this.#sources[n.buyer]?.ended?.(seller);
    const responder = n.requester === n.seller ? n.buyer : n.seller;
    let contract: LeagueContract | null = null;
    if (result.status === 'agreement' && result.agreement !== null) {
      const a = result.agreement;
      // Signing rounds non-integer values with int(x + 0.5) (§4 step 3).
      contract = Object.freeze({
        id: `c${this.#state.nextContractId + signedToday.length}`,
        seller,
        buyer,
        product: n.product,
        quantity: Math.trunc(a.quantity + 0.5),
        deliveryDay: a.deliveryDay,
        unitPrice: Math.trunc(a.unitPrice + 0.5),
        signedDay: this.#today?.day ?? 0,
        exogenous: false,
      });
      signedToday.push(contract);
      this.#deals.add(contract, n.seller, n.buyer);
      const c = contract;
      for (const i of [n.requester, responder]) {
        this.#guard(i, 'onNegotiationSuccess', () => this.#agents[i]?.onNegotiationSuccess?.(c));
      }
    } else {
      for (const i of [n.requester, responder]) {
        const partner = this.names[i === n.seller ? n.buyer : n.seller] as string;
        this.#guard(i, 'onNegotiationFailure', () => this.#agents[i]?.onNegotiationFailure?.(partner));
      }
    }
    return {
      id: n.id,
      day: this.#today?.day ?? 0,
      product: n.product,
      seller,
      buyer,
      opener: this.names[n.opener] as string,
      status: result.status,
      rounds: result.rounds,
      agreement: result.agreement,
      contractId: contract?.id ?? null,
      actions: result.transcript,
    };
  }

  #ufunFor(
    i: number,
    day: number,
    issues: readonly (LeagueIssues | null)[],
    ex?: ExogenousToday,
  ): LeagueUfun {
    return dayUfun({
      config: this.config,
      state: this.#state,
      byLevel: this.#byLevel,
      factory: i,
      day,
      issues,
      exogenous: ex,
    });
  }

  #everyAgent(callback: string, fn: (a: LeagueAgent) => void): void {
    this.#agents.forEach((a, i) => this.#guard(i, callback, () => fn(a)));
  }

  #guard(i: number, callback: string, fn: () => void): void {
    try {
      fn();
    } catch (err: unknown) {
      this.#fault(i, callback, faultKindOf(err), err instanceof Error ? err.message : String(err));
    }
  }

  #fault(i: number, callback: string, kind: FaultRecord['kind'], message: string): void {
    this.#faults.push({ agent: this.names[i] as string, day: this.#state.day, callback, kind, message });
  }
}

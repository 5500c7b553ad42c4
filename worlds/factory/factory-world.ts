import { stateHash } from '../../src/core/canonical-json.ts';
import { createRng } from '../../src/core/rng.ts';
import type { FactoryAgent, FactoryAgentType } from './factory-agent.ts';
import { factoryActions } from './factory-actions.ts';
import { exogenousSchedule } from './exogenous-schedule.ts';
import type { FactoryBooks } from './factory-books.ts';
import type { FactoryConfig } from './factory-config.ts';
import type { FactoryDayRecord, FactoryNegotiationRecord, FaultRecord } from './factory-records.ts';
import { type FactoryWorldState, initialFactoryState } from './factory-state.ts';
import type { FactoryContract, FactoryExogenousSummary } from './factory-types.ts';
import { FactoryView, type FactoryReader } from './factory-view.ts';
import { chargeInterest } from './charge-interest.ts';
import { closeDay } from './close-day.ts';
import { executeContracts } from './execute-contracts.ts';
import { type FactoryNegotiation, NegotiationDesk } from './negotiation-desk.ts';
import { ProductionSchedule } from './production-schedule.ts';
import { runProduction } from './run-production.ts';
import { signContracts } from './sign-contracts.ts';

export interface FactoryWorldOptions {
  readonly config: FactoryConfig;
  /** The run's root seed: agents' streams are derived from it by path `agent/<name>`. */
  readonly seed: string;
  readonly resolveAgent: (name: string) => FactoryAgentType | undefined;
  /** Keep every offer and response in the negotiation records. */
  readonly logOffers?: boolean;
}

const IDLE_AGENT: FactoryAgent = {};

/**
 * The 2020 factory world (league-rules.md §16): goods and money really move. Each day runs the
 * reference's order: interest, exogenous contracts, negotiations, signing, execution (spot market,
 * borrowing, bankruptcy), the agents' steps, production, trading prices and reports. The physical
 * state changes only in immer phases, each recording its ledger events; agents see frozen views.
 */
export class FactoryWorld implements FactoryReader {
  readonly config: FactoryConfig;
  readonly names: readonly string[];
  readonly schedules: readonly ProductionSchedule[];
  readonly exogenousSummary: readonly FactoryExogenousSummary[];
  #state: FactoryWorldState;
  readonly #agents: FactoryAgent[] = [];
  readonly #desk: NegotiationDesk;
  readonly #revealed: FactoryContract[][];
  #concluded: FactoryContract[] = [];
  #nextContractId = 0;
  #faults: FaultRecord[] = [];
  #hash = '';

  constructor(options: FactoryWorldOptions) {
    const config = options.config;
    this.config = config;
    this.names = Object.freeze(config.factories.map((f) => f.name));
    this.#state = initialFactoryState(config);
    this.schedules = config.factories.map((f) => new ProductionSchedule(config.nSteps, f.lineCosts.length));
    const exogenous = exogenousSchedule(config, this.names);
    this.exogenousSummary = exogenous.summary;
    this.#revealed = exogenous.byRevealDay;
    this.#desk = new NegotiationDesk({
      config,
      names: this.names,
      agents: this.#agents,
      day: () => this.#state.day,
      bankrupt: (i) => this.#state.factories[i]?.bankrupt ?? true,
      fault: (i, callback, message) => this.#fault(i, callback, 'exception', message),
      logOffers: options.logOffers ?? false,
      firstId: 0,
    });
    const root = createRng(options.seed);
    config.factories.forEach((f, i) => {
      const type = options.resolveAgent(f.agentType);
      if (type === undefined) throw new RangeError(`factory ${f.name}: unknown agent type '${f.agentType}'`);
      const context = Object.freeze({
        view: new FactoryView(this, i),
        actions: factoryActions(i, {
          names: this.names,
          desk: this.#desk,
          schedule: this.schedules[i] as ProductionSchedule,
          today: () => this.#state.day,
          bankrupt: () => this.#state.factories[i]?.bankrupt ?? true,
        }),
        rng: root.derive('agent', f.name),
        params: Object.freeze({ ...(f.agentParams ?? {}) }),
      });
      try {
        this.#agents.push(type.create(context));
      } catch (err: unknown) {
        this.#fault(i, 'create', 'exception', err instanceof Error ? err.message : String(err));
        this.#agents.push(IDLE_AGENT);
      }
    });
  }

  get state(): FactoryWorldState {
    return this.#state;
  }
  get finished(): boolean {
    return this.#state.day >= this.config.nSteps;
  }

  /** Runs the next day and returns its record. */
  runDay(): FactoryDayRecord {
    if (this.finished) throw new Error(`the world has already run all ${this.config.nSteps} days`);
    const { config, names } = this;
    const day = this.#state.day;
    const phases: FactoryBooks[] = [];
    if (day === 0) this.#everyAgent('init', (a) => a.init?.());

    // Stage 0: interest, exogenous contracts revealed today, before_step (§16.4 step 1).
    this.#desk.resetCounters(true);
    const interest = chargeInterest(config, this.#state, names);
    this.#state = interest.state;
    phases.push(interest.books);
    this.#notify(interest.books);
    const unsigned: FactoryContract[] = [...(this.#revealed[day] ?? [])];
    this.#everyAgent('beforeStep', (a) => a.beforeStep?.());

    // Negotiations (§16.3): every ending is handled at once.
    const negotiations: FactoryNegotiationRecord[] = [];
    this.#concluded = [];
    this.#desk.run((n) => negotiations.push(this.#endNegotiation(n)));
    unsigned.push(...this.#concluded);

    // ContractSigning (§16.3).
    const signing = signContracts(config, this.#state, names, unsigned, (i, list) => this.#ask(i, list), {
      nextContractId: this.#nextContractId,
      nextNegotiationId: this.#desk.nextId,
    });
    this.#state = signing.state;
    for (const [i, f] of signing.finalized) {
      this.#call(i, 'onContractsFinalized', (a) =>
        a.onContractsFinalized?.(f.signed, f.cancelled, f.rejectors),
      );
    }

    // ContractExecution (§16.5).
    const execution = executeContracts(config, this.#state, names);
    this.#state = execution.state;
    phases.push(execution.books);
    for (const { contract, breaches } of execution.outcomes) {
      for (const party of [contract.seller, contract.buyer]) {
        const i = names.indexOf(party);
        if (i < 0) continue;
        if (breaches.length === 0)
          this.#call(i, 'onContractExecuted', (a) => a.onContractExecuted?.(contract));
        else this.#call(i, 'onContractBreached', (a) => a.onContractBreached?.(contract, breaches));
      }
    }
    this.#notify(execution.books);

    // AgentSteps, then stage 1: production, trading prices, reports (§16.4 steps 5-6).
    this.#everyAgent('step', (a) => a.step?.());
    this.#desk.resetCounters(false);
    const production = runProduction(config, this.#state, names, this.schedules);
    this.#state = production.state;
    phases.push(production.books);
    const close = closeDay(config, this.#state, names, execution.traded);
    this.#state = close.state;

    const state = this.#state;
    const nullified = phases.flatMap((b) => b.nullified);
    // A flat list hashes faster than nested records (no key sorting); its layout is fixed.
    this.#hash = stateHash([
      this.#hash,
      day,
      state.tradingPrices,
      state.tradingWeights,
      state.factories.map((f) => [f.balance, f.inventory, f.bankrupt, f.breachProbability, f.breachLevel]),
      signing.signed.map((c) => c.id),
      nullified.map((n) => n.contractId),
    ]);
    const faults = this.#faults;
    this.#faults = [];
    return {
      day,
      stateHash: this.#hash,
      negotiations,
      requests: this.#desk.takeCounts(),
      contracts: signing.signed,
      cancelled: signing.cancelled,
      executions: execution.executions,
      nullified,
      breaches: execution.breaches,
      spotPurchases: execution.spotPurchases,
      loans: [...interest.loans, ...execution.loans],
      production: production.production,
      liquidations: phases.flatMap((b) => b.liquidations),
      compensations: phases.flatMap((b) => b.compensations),
      bankruptcies: phases.flatMap((b) => b.bankruptcies),
      reports: [...phases.flatMap((b) => b.reports.map((r) => r.report)), ...close.reports],
      ledger: phases.flatMap((b) => b.ledger),
      agents: close.agents,
      products: close.products,
      faults,
    };
  }

  #endNegotiation(n: FactoryNegotiation): FactoryNegotiationRecord {
    const result = n.mechanism.result();
    const day = this.#state.day;
    let contract: FactoryContract | null = null;
    if (result.status === 'agreement' && result.agreement !== null) {
      const a = result.agreement;
      contract = Object.freeze({
        id: `c${this.#nextContractId++}`,
        seller: n.info.seller,
        buyer: n.info.buyer,
        product: n.info.product,
        quantity: a.quantity,
        deliveryDay: a.deliveryDay,
        unitPrice: a.unitPrice,
        concludedDay: day,
        exogenous: false,
        requester: n.info.requester,
      });
      this.#concluded.push(contract);
      const c = contract;
      for (const i of [n.requester, n.partner]) {
        this.#call(i, 'onNegotiationSuccess', (ag) => ag.onNegotiationSuccess?.(c, n.info));
      }
    } else {
      for (const i of [n.requester, n.partner]) {
        this.#call(i, 'onNegotiationFailure', (ag) => ag.onNegotiationFailure?.(n.info));
      }
    }
    return {
      id: n.info.id,
      day,
      requestedDay: n.info.requestedDay,
      product: n.info.product,
      seller: n.info.seller,
      buyer: n.info.buyer,
      requester: n.info.requester,
      status: result.status,
      rounds: result.rounds,
      agreement: result.agreement,
      contractId: contract?.id ?? null,
      actions: result.transcript,
    };
  }

  /** One agent's signatures: true signs; nothing returned (or no method) signs all (§16.3 quirk). */
  #ask(i: number, list: readonly FactoryContract[]): readonly boolean[] {
    const agent = this.#agents[i];
    if (agent?.signAllContracts === undefined) return list.map(() => true);
    try {
      const out: unknown = agent.signAllContracts(list);
      if (out === null || out === undefined) return list.map(() => true);
      if (!Array.isArray(out)) {
        this.#fault(i, 'signAllContracts', 'invalid-output', `not a list of signatures: ${String(out)}`);
        return list.map(() => false);
      }
      return list.map((_, k) => out[k] === true);
    } catch (err: unknown) {
      this.#fault(i, 'signAllContracts', 'exception', err instanceof Error ? err.message : String(err));
      return list.map(() => false);
    }
  }

  /** Tells every other live factory about today's bankruptcies (§16.6 `on_agent_bankrupt`). */
  #notify(books: FactoryBooks): void {
    for (const notice of books.notices) {
      this.names.forEach((name, i) => {
        if (name === notice.agent) return;
        const mine = notice.victims.get(i);
        this.#call(i, 'onAgentBankrupt', (a) =>
          a.onAgentBankrupt?.(
            notice.agent,
            mine?.contracts ?? [],
            mine?.newQuantities ?? [],
            mine?.compensation ?? [],
          ),
        );
      });
    }
  }

  #everyAgent(callback: string, fn: (a: FactoryAgent) => void): void {
    this.#agents.forEach((_, i) => this.#call(i, callback, fn));
  }

  /** Calls agent i unless its factory is bankrupt; an exception becomes a fault. */
  #call(i: number, callback: string, fn: (a: FactoryAgent) => void): void {
    const agent = this.#agents[i];
    if (agent === undefined || this.#state.factories[i]?.bankrupt) return;
    try {
      fn(agent);
    } catch (err: unknown) {
      this.#fault(i, callback, 'exception', err instanceof Error ? err.message : String(err));
    }
  }

  #fault(i: number, callback: string, kind: FaultRecord['kind'], message: string): void {
    this.#faults.push({ agent: this.names[i] as string, day: this.#state.day, callback, kind, message });
  }
}

import type Database from 'better-sqlite3';
import { canonicalJson } from '../core/canonical-json.ts';
import type { RunSink } from '../engine/run-sink.ts';
import type { LeagueRunMeta, LeagueRunSummary } from '../../worlds/base/run-league-world.ts';
import type { LeagueDayRecord, NegotiationRecord } from '../../worlds/base/league-records.ts';
import { SYSTEM_BUYER, SYSTEM_SELLER, type LeagueContract } from '../../worlds/base/league-types.ts';
import type { Db } from './open-db.ts';
import { sinkStatements, type SinkStatements } from './sink-statements.ts';
import { StoreError, asStoreError } from './store-error.ts';

export interface SqliteSinkOptions {
  /** Write one `offers` row per negotiation action (the run must also be run with `logOffers`). */
  readonly logOffers: boolean;
  /** Overrides the run's own label. */
  readonly label?: string;
  /** The tournament this run belongs to (`tournaments.id`). */
  readonly tournamentId?: number;
  /** The tournament world it plays (`tournament_worlds.world_key`). */
  readonly worldKey?: string;
  /** Wall-clock timestamps as ISO text (default: the system clock); the store reads the clock, the engine never. */
  readonly now?: () => string;
}

/** The `contract_id` given to the i-th exogenous contract of a config (the world gives them none). */
export function exogenousContractId(index: number): string {
  return `x${index}`;
}

/**
 * Writes one league run into the store: the run, its agents and exogenous contracts when it begins,
 * each day in one transaction (a crash never leaves half a day), and scores with the final hash when it
 * ends. One sink writes one run.
 *
 * @example
 * const sink = new SqliteSink(db, { logOffers: true });
 * runLeagueWorld({ config, seed, resolveAgent, sink, logOffers: true });
 * console.log(sink.runId);
 */
export class SqliteSink implements RunSink<LeagueRunMeta, LeagueDayRecord, LeagueRunSummary> {
  readonly #db: Db;
  readonly #options: SqliteSinkOptions;
  readonly #now: () => string;
  readonly #s: SinkStatements;
  readonly #begin: Database.Transaction<(meta: LeagueRunMeta) => number>;
  readonly #day: Database.Transaction<(runId: number, day: LeagueDayRecord) => void>;
  readonly #end: Database.Transaction<(runId: number, summary: LeagueRunSummary) => void>;
  #runId: number | null = null;
  #ended = false;

  constructor(db: Db, options: SqliteSinkOptions) {
    this.#db = db;
    this.#options = options;
    this.#now = options.now ?? (() => new Date().toISOString());
    this.#s = sinkStatements(db);
    this.#begin = db.transaction((meta: LeagueRunMeta) => this.#insertRun(meta));
    this.#day = db.transaction((runId: number, day: LeagueDayRecord) => this.#insertDay(runId, day));
    this.#end = db.transaction((runId: number, summary: LeagueRunSummary) => this.#insertEnd(runId, summary));
  }

  /** The run's `runs.id`; available once `beginRun` has been called. */
  get runId(): number {
    if (this.#runId === null) throw this.#stateError('has no run id before beginRun()');
    return this.#runId;
  }

  beginRun(meta: LeagueRunMeta): void {
    if (this.#runId !== null) throw this.#stateError('already wrote a run: use one SqliteSink per run');
    this.#runId = this.#guard(() => this.#begin.immediate(meta));
  }

  writeDay(day: LeagueDayRecord): void {
    const runId = this.#active('writeDay()');
    this.#guard(() => this.#day.immediate(runId, day));
  }

  endRun(summary: LeagueRunSummary): void {
    const runId = this.#active('endRun()');
    this.#guard(() => this.#end.immediate(runId, summary));
    this.#ended = true;
  }

  /** Marks a begun, unfinished run 'failed' with the error's message (call it when the world throws). */
  failRun(error: unknown): void {
    if (this.#runId === null || this.#ended) return;
    const message = error instanceof Error ? error.message : String(error);
    const runId = this.#runId;
    this.#guard(() => this.#s.failRun.run({ runId, endedAt: this.#now(), error: message }));
    this.#ended = true;
  }

  #insertRun(meta: LeagueRunMeta): number {
    const { config } = meta;
    const o = this.#options;
    const runId = Number(
      this.#s.insertRun.run({
        label: o.label ?? meta.label,
        world: meta.world,
        seed: meta.seed,
        configJson: canonicalJson(config),
        softwareVersion: meta.softwareVersion,
        startedAt: this.#now(),
        nSteps: config.nSteps,
        logOffers: o.logOffers ? 1 : 0,
        tournamentId: o.tournamentId ?? null,
        worldKey: o.worldKey ?? null,
      }).lastInsertRowid,
    );
    config.factories.forEach((f, idx) =>
      this.#s.insertAgent.run({
        runId,
        idx,
        name: f.name,
        agentType: f.agentType,
        level: f.level,
        nLines: f.nLines,
        paramsJson: canonicalJson(f.agentParams ?? {}),
        initialBalance: f.initialBalance,
      }),
    );
    config.exogenousContracts.forEach((c, i) => {
      const factory = config.factories[c.factory]?.name ?? `#${c.factory}`;
      this.#insertContract(runId, {
        id: exogenousContractId(i),
        seller: c.isSale ? factory : SYSTEM_SELLER,
        buyer: c.isSale ? SYSTEM_BUYER : factory,
        product: c.product,
        quantity: c.quantity,
        deliveryDay: c.day,
        unitPrice: c.unitPrice,
        // Revealed (and so signed) on its delivery day (league-config.ts, ExogenousContract.day).
        signedDay: c.day,
        exogenous: true,
      });
    });
    return runId;
  }

  #insertDay(runId: number, r: LeagueDayRecord): void {
    const s = this.#s;
    const day = r.day;
    let agreements = 0;
    let rounds = 0;
    for (const n of r.negotiations) {
      if (n.status === 'agreement') agreements++;
      rounds += n.rounds;
    }
    let activity = 0;
    for (const p of r.products) activity += p.soldQuantity * p.averageUnitPrice;
    s.insertDay.run({
      runId,
      day,
      stateHash: r.stateHash,
      nNegotiations: r.negotiations.length,
      nAgreements: agreements,
      nNegotiationRounds: rounds,
      nContracts: r.contracts.length,
      nExecuted: r.executedContracts.length,
      nNullified: r.nullifiedContracts.length,
      nBreaches: r.breaches.length,
      nBankruptcies: r.bankruptcies.length,
      nBankrupt: r.agents.filter((a) => a.bankrupt).length,
      nFaults: r.faults.length,
      activityLevel: activity,
    });
    for (const c of r.contracts) this.#insertContract(runId, c);
    for (const contractId of r.executedContracts) s.markExecuted.run({ runId, contractId, day });
    // Bankruptcy nullifies on the bankruptcy day, zero-quantity contracts on their delivery day: both are `day`.
    for (const contractId of r.nullifiedContracts) s.markNullified.run({ runId, contractId, day });
    for (const n of r.negotiations) this.#insertNegotiation(runId, n);
    for (const a of r.agents) {
      s.insertAgentDay.run({
        runId,
        day,
        agent: a.agent,
        profit: a.profit,
        balance: a.balance,
        score: a.score,
        bankrupt: a.bankrupt ? 1 : 0,
        producible: a.producible,
        productivity: a.productivity,
        inputQuantity: a.inputQuantity,
        outputQuantity: a.outputQuantity,
        revenue: a.revenue,
        inputCost: a.inputCost,
        productionCost: a.productionCost,
        shortfallQuantity: a.shortfallQuantity,
        shortfallPenalty: a.shortfallPenalty,
        disposalCost: a.disposalCost,
        storageCost: a.storageCost,
        excessQuantity: a.excessQuantity,
        inventoryInput: a.inventoryInput,
        inventoryOutput: a.inventoryOutput,
      });
    }
    for (const p of r.products) s.insertProductDay.run({ runId, day, ...p });
    for (const b of r.breaches) s.insertBreach.run({ runId, day: b.day, agent: b.agent, level: b.level });
    for (const b of r.bankruptcies) {
      s.insertBankruptcy.run({
        runId,
        day: b.day,
        agent: b.agent,
        balance: b.balance,
        nullifiedJson: JSON.stringify(b.nullifiedContracts),
      });
    }
    for (const f of r.reports) s.insertReport.run({ runId, ...f, bankrupt: f.bankrupt ? 1 : 0 });
    for (const f of r.faults) s.insertFault.run({ runId, ...f });
    s.setDays.run({ runId, days: day + 1 });
  }

  #insertNegotiation(runId: number, n: NegotiationRecord): void {
    const negotiationId = Number(
      this.#s.insertNegotiation.run({
        runId,
        negId: n.id,
        day: n.day,
        product: n.product,
        seller: n.seller,
        buyer: n.buyer,
        opener: n.opener,
        status: n.status,
        rounds: n.rounds,
        quantity: n.agreement?.quantity ?? null,
        deliveryDay: n.agreement?.deliveryDay ?? null,
        unitPrice: n.agreement?.unitPrice ?? null,
        contractId: n.contractId,
      }).lastInsertRowid,
    );
    if (!this.#options.logOffers) return;
    const other = n.opener === n.seller ? n.buyer : n.seller;
    n.actions.forEach((a, idx) => {
      // An 'invalid' action holds the agent's raw output: keep the numbers that are numbers, describe the rest.
      const o = (a.outcome !== null && typeof a.outcome === 'object' ? a.outcome : {}) as Readonly<
        Record<string, unknown>
      >;
      this.#s.insertOffer.run({
        runId,
        negotiationId,
        idx,
        round: a.round,
        actor: a.actor === 0 ? n.opener : other,
        kind: a.kind,
        quantity: finite(o['quantity']),
        deliveryDay: finite(o['deliveryDay']),
        unitPrice: finite(o['unitPrice']),
        message: a.message ?? (a.kind === 'invalid' ? describe(a.outcome) : null),
      });
    });
  }

  #insertEnd(runId: number, summary: LeagueRunSummary): void {
    summary.results.forEach((r, i) =>
      this.#s.insertScore.run({
        runId,
        rank: i + 1,
        agent: r.agent,
        agentType: r.agentType,
        level: r.level,
        score: r.score,
        profit: r.profit,
        contracts: r.contracts,
        negotiations: r.negotiations,
        agreements: r.agreements,
        agreementRate: r.agreementRate,
        shortfallQuantity: r.shortfallQuantity,
        bankrupt: r.bankrupt ? 1 : 0,
        faults: r.faults,
      }),
    );
    this.#s.finishRun.run({
      runId,
      endedAt: this.#now(),
      days: summary.days,
      finalStateHash: summary.finalStateHash,
    });
  }

  #insertContract(runId: number, c: LeagueContract): void {
    this.#s.insertContract.run({
      runId,
      contractId: c.id,
      seller: c.seller,
      buyer: c.buyer,
      product: c.product,
      quantity: c.quantity,
      deliveryDay: c.deliveryDay,
      unitPrice: c.unitPrice,
      signedDay: c.signedDay,
      exogenous: c.exogenous ? 1 : 0,
    });
  }

  #active(what: string): number {
    if (this.#runId === null) throw this.#stateError(`cannot run ${what} before beginRun()`);
    if (this.#ended) throw this.#stateError(`cannot run ${what} after the run ended`);
    return this.#runId;
  }

  /** Runs one write, reporting a lock held by another process as `store/locked`. */
  #guard<T>(write: () => T): T {
    try {
      return write();
    } catch (err: unknown) {
      throw asStoreError(err, this.#db.name);
    }
  }

  #stateError(message: string): StoreError {
    return new StoreError('store/sink_state', this.#db.name, `SqliteSink ${message}`);
  }
}

function finite(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function describe(v: unknown): string {
  try {
    return canonicalJson(v);
  } catch {
    return String(v);
  }
}

import { canonicalJson } from '../core/canonical-json.ts';
import type { RunSink } from '../engine/run-sink.ts';
import type { FactoryDayRecord, FactoryNegotiationRecord } from '../../worlds/factory/factory-records.ts';
import type { FactoryRunMeta, FactoryRunSummary } from '../../worlds/factory/run-factory-world.ts';
import type { FactoryContract } from '../../worlds/factory/factory-types.ts';
import type { Db } from './open-db.ts';
import { ALL_MIGRATIONS } from './migrations/all-migrations.ts';
import { offersJson } from './offers-json.ts';
import { sinkStatements, type SinkStatements } from './sink-statements.ts';
import { RunLifecycle } from './run-lifecycle.ts';
import { StoreError } from './store-error.ts';

export interface FactorySqliteSinkOptions {
  /** Store every negotiation action in `negotiations.offers_json` (the run must also be run with `logOffers`). */
  readonly logOffers: boolean;
  readonly label?: string;
  readonly tournamentId?: number;
  readonly worldKey?: string;
  /** Days written per transaction (default DAYS_PER_COMMIT, 10; 1 commits every day). See RunLifecycle. */
  readonly daysPerCommit?: number;
  /** Wall-clock timestamps as ISO text (default: the system clock); the store reads the clock, the engine never. */
  readonly now?: () => string;
}

/** The statements for the factory tables of migration 003 (columns as camelCase names), prepared once per sink. */
function factoryStatements(db: Db) {
  const insert = (table: string, columns: string) => {
    const names = columns.split(' ');
    return db.prepare<Record<string, unknown>>(
      `INSERT INTO ${table} (run_id, ${names.map(snake).join(', ')}) VALUES (@runId, ${names.map((c) => `@${c}`).join(', ')})`,
    );
  };
  return {
    ledger: insert('factory_ledger', 'day seq kind agent product quantity money contractId counterparty'),
    agentDay: insert('factory_agent_days', 'day agent balance inventoryValue score bankrupt'),
    inventory: insert('factory_inventories', 'day agent product quantity'),
    productDay: insert('factory_product_days', 'day product tradingPrice tradedQuantity averageUnitPrice'),
    production: insert(
      'factory_production',
      'day agent process scheduled runs consumed produced cost failedMoney failedInventory',
    ),
    execution: insert(
      'factory_executions',
      'day contractId status quantity money missingProduct missingMoney',
    ),
    breach: insert('factory_breaches', 'day contractId perpetrator victim type level'),
    spot: insert('factory_spot_purchases', 'day agent product quantity unitPrice contractId bought'),
    loan: insert('factory_loans', 'day agent kind balanceBefore amount contractId paid'),
    liquidation: insert('factory_liquidations', 'day agent cause required value paid pool'),
    compensation: insert(
      'factory_compensations',
      'day bankrupt victim contractId quantity newQuantity unitPrice money paid',
    ),
    cancelled: insert(
      'factory_cancelled_contracts',
      'day contractId seller buyer product quantity deliveryDay unitPrice exogenous reason rejectorsJson',
    ),
  };
}

function snake(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/**
 * Writes one factory-world run into the store: the run and its agents when it begins, the days in
 * batches (each day whole or not at all; RunLifecycle) into the migration-001 tables where they fit and
 * the factory tables of migration 003 for the rest, and scores with the final hash when it ends. One
 * sink writes one run.
 *
 * @example
 * const sink = new FactorySqliteSink(db, { logOffers: false });
 * runFactoryWorld({ config, seed, resolveAgent, sink });
 */
export class FactorySqliteSink implements RunSink<FactoryRunMeta, FactoryDayRecord, FactoryRunSummary> {
  readonly #options: FactorySqliteSinkOptions;
  readonly #now: () => string;
  readonly #s: SinkStatements;
  readonly #f: ReturnType<typeof factoryStatements>;
  readonly #run: RunLifecycle<FactoryRunMeta, FactoryDayRecord, FactoryRunSummary>;

  constructor(db: Db, options: FactorySqliteSinkOptions) {
    this.#options = options;
    this.#now = options.now ?? (() => new Date().toISOString());
    try {
      this.#s = sinkStatements(db);
      this.#f = factoryStatements(db);
    } catch (err: unknown) {
      throw new StoreError(
        'store/older_schema',
        db.name,
        `run store '${db.name}' is older than the factory sink needs (schema version ${ALL_MIGRATIONS.length}; openDb migrates it): ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    this.#run = new RunLifecycle(db, {
      sinkName: 'FactorySqliteSink',
      now: this.#now,
      ...(options.daysPerCommit === undefined ? {} : { daysPerCommit: options.daysPerCommit }),
      steps: {
        begin: (meta) => this.#insertRun(meta),
        day: (runId, day) => this.#insertDay(runId, day),
        afterDays: (runId, last) => this.#s.setDays.run({ runId, days: last.day + 1 }),
        end: (runId, summary) => this.#insertEnd(runId, summary),
        fail: (runId, endedAt, error) => this.#s.failRun.run({ runId, endedAt, error }),
      },
    });
  }

  /** The run's `runs.id`; available once `beginRun` has been called. */
  get runId(): number {
    return this.#run.runId;
  }

  beginRun(meta: FactoryRunMeta): void {
    this.#run.beginRun(meta);
  }

  writeDay(day: FactoryDayRecord): void {
    this.#run.writeDay(day);
  }

  endRun(summary: FactoryRunSummary): void {
    this.#run.endRun(summary);
  }

  /** Marks a begun, unfinished run 'failed' with the error's message (call it when the world throws). */
  failRun(error: unknown): void {
    this.#run.failRun(error);
  }

  #insertRun(meta: FactoryRunMeta): number {
    const { config } = meta;
    const o = this.#options;
    const runId = Number(
      this.#s.insertRun.run({
        label: o.label ?? meta.label,
        world: 'factory',
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
        level: f.process,
        nLines: f.lineCosts.length,
        paramsJson: canonicalJson(f.agentParams ?? {}),
        initialBalance: f.initialBalance,
      }),
    );
    return runId;
  }

  #insertDay(runId: number, r: FactoryDayRecord): void {
    const { day } = r;
    const s = this.#s;
    const f = this.#f;
    let agreements = 0;
    let rounds = 0;
    for (const n of r.negotiations) {
      if (n.status === 'agreement') agreements++;
      rounds += n.rounds;
    }
    s.insertDay.run({
      runId,
      day,
      stateHash: r.stateHash,
      nNegotiations: r.negotiations.length,
      nAgreements: agreements,
      nNegotiationRounds: rounds,
      nContracts: r.contracts.length,
      nExecuted: r.executions.filter((e) => e.quantity > 0).length,
      nNullified: r.nullified.length,
      nBreaches: r.breaches.length,
      nBankruptcies: r.bankruptcies.length,
      nBankrupt: r.agents.filter((a) => a.bankrupt).length,
      nFaults: r.faults.length,
      activityLevel: r.products.reduce((sum, p) => sum + p.tradedQuantity * p.averageUnitPrice, 0),
    });
    for (const c of r.contracts) this.#insertContract(runId, c, day);
    for (const e of r.executions) {
      if (e.status !== 'skipped') s.markExecuted.run({ runId, contractId: e.contractId, day });
      f.execution.run({ runId, ...e });
    }
    for (const n of r.nullified) s.markNullified.run({ runId, contractId: n.contractId, day });
    for (const n of r.negotiations) this.#insertNegotiation(runId, n);
    for (const b of r.bankruptcies) {
      s.insertBankruptcy.run({ runId, ...b, nullifiedJson: JSON.stringify(b.nullifiedContracts) });
    }
    for (const x of r.reports) s.insertReport.run({ runId, ...x, bankrupt: x.bankrupt ? 1 : 0 });
    for (const x of r.faults) s.insertFault.run({ runId, ...x });
    r.ledger.forEach((e, seq) => f.ledger.run({ runId, seq, ...e }));
    // Extra fields of a record are ignored by named binding.
    for (const a of r.agents) {
      f.agentDay.run({ runId, day, ...a, bankrupt: a.bankrupt ? 1 : 0 });
      a.inventory.forEach((quantity, product) => {
        if (quantity !== 0) f.inventory.run({ runId, day, agent: a.agent, product, quantity });
      });
    }
    for (const p of r.products) f.productDay.run({ runId, day, ...p });
    for (const p of r.production) f.production.run({ runId, ...p });
    for (const b of r.breaches) f.breach.run({ runId, ...b });
    for (const x of r.spotPurchases) f.spot.run({ runId, ...x, bought: x.bought ? 1 : 0 });
    for (const x of r.loans) f.loan.run({ runId, ...x, paid: x.paid ? 1 : 0 });
    for (const x of r.liquidations) f.liquidation.run({ runId, ...x });
    for (const x of r.compensations) f.compensation.run({ runId, ...x, paid: x.paid ? 1 : 0 });
    for (const { contract: c, reason, rejectors } of r.cancelled) {
      const rejectorsJson = JSON.stringify(rejectors);
      f.cancelled.run({
        runId,
        day,
        ...c,
        contractId: c.id,
        exogenous: c.exogenous ? 1 : 0,
        reason,
        rejectorsJson,
      });
    }
  }

  #insertNegotiation(runId: number, n: FactoryNegotiationRecord): void {
    this.#s.insertNegotiation.run({
      runId,
      negId: n.id,
      day: n.day,
      product: n.product,
      seller: n.seller,
      buyer: n.buyer,
      opener: n.requester,
      status: n.status,
      rounds: n.rounds,
      quantity: n.agreement?.quantity ?? null,
      deliveryDay: n.agreement?.deliveryDay ?? null,
      unitPrice: n.agreement?.unitPrice ?? null,
      contractId: n.contractId,
      offersJson: this.#options.logOffers ? offersJson(n.actions) : null,
    });
  }

  #insertEnd(runId: number, summary: FactoryRunSummary): void {
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

  #insertContract(runId: number, c: FactoryContract, signedDay: number): void {
    this.#s.insertContract.run({
      runId,
      contractId: c.id,
      seller: c.seller,
      buyer: c.buyer,
      product: c.product,
      quantity: c.quantity,
      deliveryDay: c.deliveryDay,
      unitPrice: c.unitPrice,
      signedDay,
      exogenous: c.exogenous ? 1 : 0,
    });
  }
}

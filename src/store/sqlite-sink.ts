import { canonicalJson } from '../core/canonical-json.ts';
import type { RunSink } from '../engine/run-sink.ts';
import type { LeagueRunMeta, LeagueRunSummary } from '../../worlds/base/run-league-world.ts';
import type { LeagueDayRecord, NegotiationRecord } from '../../worlds/base/league-records.ts';
import { SYSTEM_BUYER, SYSTEM_SELLER, type LeagueContract } from '../../worlds/base/league-types.ts';
import type { Db } from './open-db.ts';
import { leagueSinkWriter, type LeagueSinkWriter } from './league-sink-writer.ts';
import { offersJson } from './offers-json.ts';
import { RowBatch } from './row-batch.ts';
import { RunLifecycle } from './run-lifecycle.ts';

export interface SqliteSinkOptions {
  /** Store every negotiation action in `negotiations.offers_json` (the run must also be run with `logOffers`). */
  readonly logOffers: boolean;
  /** Write the `negotiations` rows (default true); false is the CLI's `--log-level none`. */
  readonly logNegotiations?: boolean;
  /** Overrides the run's own label. */
  readonly label?: string;
  /** The tournament this run belongs to (`tournaments.id`). */
  readonly tournamentId?: number;
  /** The tournament world it plays (`tournament_worlds.world_key`). */
  readonly worldKey?: string;
  /** Days written per transaction (default DAYS_PER_COMMIT, 10; 1 commits every day). See RunLifecycle. */
  readonly daysPerCommit?: number;
  /** Wall-clock timestamps as ISO text (default: the system clock); the store reads the clock, the engine never. */
  readonly now?: () => string;
}

/** The `contract_id` given to the i-th exogenous contract of a config (the world gives them none). */
export function exogenousContractId(index: number): string {
  return `x${index}`;
}

/**
 * Writes one league run into the store: the run, its agents and exogenous contracts when it begins,
 * the days in batches (each day whole or not at all; RunLifecycle), and scores with the final hash when
 * it ends. One sink writes one run. Rows are collected per table and written with multi-row, positional
 * INSERTs (`leagueSinkWriter`), flushed table by table for each day.
 *
 * @example
 * const sink = new SqliteSink(db, { logOffers: true });
 * runLeagueWorld({ config, seed, resolveAgent, sink, logOffers: true });
 * console.log(sink.runId);
 */
export class SqliteSink implements RunSink<LeagueRunMeta, LeagueDayRecord, LeagueRunSummary> {
  readonly #options: SqliteSinkOptions;
  readonly #now: () => string;
  readonly #w: LeagueSinkWriter;
  readonly #batches: readonly RowBatch[];
  readonly #run: RunLifecycle<LeagueRunMeta, LeagueDayRecord, LeagueRunSummary>;

  constructor(db: Db, options: SqliteSinkOptions) {
    this.#options = options;
    this.#now = options.now ?? (() => new Date().toISOString());
    this.#w = leagueSinkWriter(db);
    this.#batches = Object.values(this.#w).filter((v) => v instanceof RowBatch);
    this.#run = new RunLifecycle(db, {
      sinkName: 'SqliteSink',
      now: this.#now,
      ...(options.daysPerCommit === undefined ? {} : { daysPerCommit: options.daysPerCommit }),
      steps: {
        begin: (meta) => this.#insertRun(meta),
        day: (runId, day) => this.#insertDay(runId, day),
        // Once per batch: the runs row carries the config (about 100 kB) and an update rereads it.
        afterDays: (runId, last) => this.#w.setDays.run(last.day + 1, runId),
        end: (runId, summary) => this.#insertEnd(runId, summary),
        fail: (runId, endedAt, error) => this.#w.failRun.run(endedAt, error, runId),
        // The transaction rolled back: rows still pending belong to it.
        rolledBack: () => {
          for (const b of this.#batches) b.clear();
        },
      },
    });
  }

  /** The run's `runs.id`; available once `beginRun` has been called. */
  get runId(): number {
    return this.#run.runId;
  }

  beginRun(meta: LeagueRunMeta): void {
    this.#run.beginRun(meta);
  }

  writeDay(day: LeagueDayRecord): void {
    this.#run.writeDay(day);
  }

  endRun(summary: LeagueRunSummary): void {
    this.#run.endRun(summary);
  }

  /** Marks a begun, unfinished run 'failed' with the error's message (call it when the world throws). */
  failRun(error: unknown): void {
    this.#run.failRun(error);
  }

  #insertRun(meta: LeagueRunMeta): number {
    const { config } = meta;
    const o = this.#options;
    const w = this.#w;
    const runId = Number(
      w.insertRun.run(
        o.label ?? meta.label,
        meta.world,
        meta.seed,
        canonicalJson(config),
        meta.softwareVersion,
        this.#now(),
        config.nSteps,
        o.logOffers ? 1 : 0,
        o.tournamentId ?? null,
        o.worldKey ?? null,
      ).lastInsertRowid,
    );
    const agents = w.agents.values;
    config.factories.forEach((f, idx) =>
      agents.push(
        runId,
        idx,
        f.name,
        f.agentType,
        f.level,
        f.nLines,
        canonicalJson(f.agentParams ?? {}),
        f.initialBalance,
      ),
    );
    w.agents.flush();
    config.exogenousContracts.forEach((c, i) => {
      const factory = config.factories[c.factory]?.name ?? `#${c.factory}`;
      this.#pushContract(runId, {
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
    w.contracts.flush();
    return runId;
  }

  #insertDay(runId: number, r: LeagueDayRecord): void {
    const w = this.#w;
    const day = r.day;
    let agreements = 0;
    let rounds = 0;
    for (const n of r.negotiations) {
      if (n.status === 'agreement') agreements++;
      rounds += n.rounds;
    }
    let activity = 0;
    for (const p of r.products) activity += p.soldQuantity * p.averageUnitPrice;
    let bankrupt = 0;
    for (const a of r.agents) if (a.bankrupt) bankrupt++;
    w.insertDay.run(
      runId,
      day,
      r.stateHash,
      r.negotiations.length,
      agreements,
      rounds,
      r.contracts.length,
      r.executedContracts.length,
      r.nullifiedContracts.length,
      r.breaches.length,
      r.bankruptcies.length,
      bankrupt,
      r.faults.length,
      activity,
    );
    for (const c of r.contracts) this.#pushContract(runId, c);
    w.contracts.flush();
    this.#markExecuted(runId, day, r.executedContracts);
    // Bankruptcy nullifies on the bankruptcy day, zero-quantity contracts on their delivery day: both are `day`.
    for (const contractId of r.nullifiedContracts) w.markNullified.run(day, runId, contractId);
    if (this.#options.logNegotiations !== false) {
      for (const n of r.negotiations) this.#pushNegotiation(runId, n);
    }
    w.negotiations.flush();
    const agentDays = w.agentDays.values;
    for (const a of r.agents) {
      agentDays.push(
        runId,
        day,
        a.agent,
        a.profit,
        a.balance,
        a.score,
        a.bankrupt ? 1 : 0,
        a.producible,
        a.productivity,
        a.inputQuantity,
        a.outputQuantity,
        a.revenue,
        a.inputCost,
        a.productionCost,
        a.shortfallQuantity,
        a.shortfallPenalty,
        a.disposalCost,
        a.storageCost,
        a.excessQuantity,
        a.inventoryInput,
        a.inventoryOutput,
      );
    }
    w.agentDays.flush();
    const productDays = w.productDays.values;
    for (const p of r.products) {
      productDays.push(
        runId,
        day,
        p.product,
        p.tradingPrice,
        p.soldQuantity,
        p.averageUnitPrice,
        p.exogenousQuantity,
        p.exogenousUnitPrice,
      );
    }
    w.productDays.flush();
    for (const b of r.breaches) w.breaches.values.push(runId, b.day, b.agent, b.level);
    w.breaches.flush();
    for (const b of r.bankruptcies)
      w.bankruptcies.values.push(runId, b.day, b.agent, b.balance, JSON.stringify(b.nullifiedContracts));
    w.bankruptcies.flush();
    const reports = w.reports.values;
    for (const f of r.reports) {
      reports.push(
        runId,
        f.day,
        f.agent,
        f.cash,
        f.assets,
        f.breachProbability,
        f.breachLevel,
        f.bankrupt ? 1 : 0,
      );
    }
    w.reports.flush();
    for (const f of r.faults) w.faults.values.push(runId, f.day, f.agent, f.callback, f.kind, f.message);
    w.faults.flush();
  }

  /**
   * One UPDATE for the day's executed contracts instead of one per contract: it selects them the way
   * league-world.ts does. The count is a cheap guard; if it ever differs, the record's list wins.
   */
  #markExecuted(runId: number, day: number, executed: readonly string[]): void {
    const w = this.#w;
    if (w.markExecutedOnDay.run(day, runId, day).changes === executed.length) return;
    w.clearExecutedOnDay.run(runId, day);
    for (const contractId of executed) w.markExecuted.run(day, runId, contractId);
  }

  #pushNegotiation(runId: number, n: NegotiationRecord): void {
    const agreement = n.agreement;
    this.#w.negotiations.values.push(
      runId,
      n.id,
      n.day,
      n.product,
      n.seller,
      n.buyer,
      n.opener,
      n.status,
      n.rounds,
      agreement?.quantity ?? null,
      agreement?.deliveryDay ?? null,
      agreement?.unitPrice ?? null,
      n.contractId,
      this.#options.logOffers ? offersJson(n.actions) : null,
    );
  }

  #insertEnd(runId: number, summary: LeagueRunSummary): void {
    const w = this.#w;
    const scores = w.scores.values;
    summary.results.forEach((r, i) =>
      scores.push(
        runId,
        i + 1,
        r.agent,
        r.agentType,
        r.level,
        r.score,
        r.profit,
        r.contracts,
        r.negotiations,
        r.agreements,
        r.agreementRate,
        r.shortfallQuantity,
        r.bankrupt ? 1 : 0,
        r.faults,
      ),
    );
    w.scores.flush();
    w.finishRun.run(this.#now(), summary.days, summary.finalStateHash, runId);
  }

  #pushContract(runId: number, c: LeagueContract): void {
    this.#w.contracts.values.push(
      runId,
      c.id,
      c.seller,
      c.buyer,
      c.product,
      c.quantity,
      c.deliveryDay,
      c.unitPrice,
      c.signedDay,
      c.exogenous ? 1 : 0,
    );
  }
}

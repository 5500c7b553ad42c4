import type { Db } from './open-db.ts';
import { StoreError, asStoreError } from './store-error.ts';

/** What a sink writes at each stage of a run, each step run in one IMMEDIATE transaction. */
export interface RunSteps<TMeta, TDay, TSummary> {
  begin(meta: TMeta): number;
  day(runId: number, day: TDay): void;
  /** After a batch of days, in its transaction: bookkeeping that needs only the last day (runs.days). */
  afterDays(runId: number, last: TDay): void;
  end(runId: number, summary: TSummary): void;
  fail(runId: number, endedAt: string, message: string): void;
  /** Called when a step failed and its transaction rolled back (drop state that belonged to it). */
  rolledBack?(): void;
}

/** Days a sink keeps before writing them in one transaction, unless told otherwise. */
export const DAYS_PER_COMMIT = 10;

/**
 * The run lifecycle every SQLite sink shares: one run per sink, begin → days → end (or fail), lock and
 * SQLite errors reported as StoreErrors naming the file, and misuse (a day before the run began, after
 * it ended) reported as `store/sink_state`.
 *
 * Days are kept and written `daysPerCommit` at a time, in one transaction, and the rest when the run
 * ends or fails: a commit per day rewrote the same pages every day and cost a world about a third of
 * its time (docs/performance.md). Each day is still written whole or not at all: when one fails, the
 * batch is written again day by day, so the days before it are committed, it and the days after it
 * are dropped, and the write that flushed them throws. A killed process loses the days it had not flushed yet; its run stays 'running'.
 */
export class RunLifecycle<TMeta, TDay, TSummary> {
  readonly #db: Db;
  readonly #sinkName: string;
  readonly #now: () => string;
  readonly #fail: (runId: number, endedAt: string, message: string) => void;
  readonly #rolledBack: () => void;
  readonly #begin: (meta: TMeta) => number;
  readonly #days: (runId: number, days: readonly TDay[]) => void;
  readonly #end: (runId: number, summary: TSummary) => void;
  readonly #daysPerCommit: number;
  readonly #pending: TDay[] = [];
  #runId: number | null = null;
  #ended = false;

  constructor(
    db: Db,
    options: {
      sinkName: string;
      now: () => string;
      steps: RunSteps<TMeta, TDay, TSummary>;
      /** Days written per transaction (default DAYS_PER_COMMIT; 1 commits every day). */
      daysPerCommit?: number;
    },
  ) {
    this.#db = db;
    this.#sinkName = options.sinkName;
    this.#now = options.now;
    this.#daysPerCommit = Math.max(1, Math.trunc(options.daysPerCommit ?? DAYS_PER_COMMIT));
    const { steps } = options;
    const begin = db.transaction((meta: TMeta) => steps.begin(meta));
    const days = db.transaction((runId: number, list: readonly TDay[]) => {
      for (const d of list) steps.day(runId, d);
      const last = list.at(-1);
      if (last !== undefined) steps.afterDays(runId, last);
    });
    const end = db.transaction((runId: number, summary: TSummary) => steps.end(runId, summary));
    this.#begin = (meta) => begin.immediate(meta);
    this.#days = (runId, list) => days.immediate(runId, list);
    this.#end = (runId, summary) => end.immediate(runId, summary);
    this.#fail = (runId, endedAt, message) => steps.fail(runId, endedAt, message);
    this.#rolledBack = () => steps.rolledBack?.();
  }

  /** The run's `runs.id`; available once `beginRun` has been called. */
  get runId(): number {
    if (this.#runId === null) throw this.#stateError('has no run id before beginRun()');
    return this.#runId;
  }

  beginRun(meta: TMeta): void {
    if (this.#runId !== null)
      throw this.#stateError(`already wrote a run: use one ${this.#sinkName} per run`);
    this.#runId = this.#guard(() => this.#begin(meta));
  }

  writeDay(day: TDay): void {
    const runId = this.#active('writeDay()');
    this.#pending.push(day);
    if (this.#pending.length >= this.#daysPerCommit) this.#flush(runId);
  }

  endRun(summary: TSummary): void {
    const runId = this.#active('endRun()');
    this.#flush(runId);
    this.#guard(() => this.#end(runId, summary));
    this.#ended = true;
  }

  /** Marks a begun, unfinished run 'failed' with the error's message (call it when the world throws). */
  failRun(error: unknown): void {
    if (this.#runId === null || this.#ended) return;
    const message = error instanceof Error ? error.message : String(error);
    const runId = this.#runId;
    this.#ended = true;
    // The days the world finished are kept; if they cannot be, the run's error says so.
    let lost = '';
    try {
      this.#flush(runId);
    } catch (err: unknown) {
      lost = ` (its last days could not be stored: ${err instanceof Error ? err.message : String(err)})`;
    }
    this.#guard(() => this.#fail(runId, this.#now(), message + lost));
  }

  #flush(runId: number): void {
    const days = this.#take();
    if (days.length === 0) return;
    try {
      this.#guard(() => this.#days(runId, days));
    } catch (err: unknown) {
      // Inside a caller's transaction (a tournament world) the caller rolls back the lot anyway.
      if (days.length === 1 || this.#db.inTransaction) throw err;
      // The batch rolled back whole: write its days one by one, so those before the failing one are
      // kept (no savepoint per day on the common path: they cost more than the day's rows).
      for (const d of days) this.#guard(() => this.#days(runId, [d]));
    }
  }

  #take(): TDay[] {
    return this.#pending.splice(0, this.#pending.length);
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
      this.#rolledBack();
      throw asStoreError(err, this.#db.name);
    }
  }

  #stateError(message: string): StoreError {
    return new StoreError('store/sink_state', this.#db.name, `${this.#sinkName} ${message}`);
  }
}

import type { Db } from './open-db.ts';
import { StoreError, asStoreError } from './store-error.ts';

/** What a sink writes at each stage of a run, each step run in one IMMEDIATE transaction. */
export interface RunSteps<TMeta, TDay, TSummary> {
  begin(meta: TMeta): number;
  day(runId: number, day: TDay): void;
  end(runId: number, summary: TSummary): void;
  fail(runId: number, endedAt: string, message: string): void;
  /** Called when a step failed and its transaction rolled back (drop state that belonged to it). */
  rolledBack?(): void;
}

/**
 * The run lifecycle every SQLite sink shares: one run per sink, begin → days → end (or fail), each
 * step in its own transaction so a crash never leaves half a day, lock and SQLite errors reported as
 * StoreErrors naming the file, and misuse (a day before the run began, after it ended) reported as
 * `store/sink_state`.
 */
export class RunLifecycle<TMeta, TDay, TSummary> {
  readonly #db: Db;
  readonly #sinkName: string;
  readonly #now: () => string;
  readonly #fail: (runId: number, endedAt: string, message: string) => void;
  readonly #rolledBack: () => void;
  readonly #begin: (meta: TMeta) => number;
  readonly #day: (runId: number, day: TDay) => void;
  readonly #end: (runId: number, summary: TSummary) => void;
  #runId: number | null = null;
  #ended = false;

  constructor(
    db: Db,
    options: { sinkName: string; now: () => string; steps: RunSteps<TMeta, TDay, TSummary> },
  ) {
    this.#db = db;
    this.#sinkName = options.sinkName;
    this.#now = options.now;
    const { steps } = options;
    const begin = db.transaction((meta: TMeta) => steps.begin(meta));
    const day = db.transaction((runId: number, d: TDay) => steps.day(runId, d));
    const end = db.transaction((runId: number, summary: TSummary) => steps.end(runId, summary));
    this.#begin = (meta) => begin.immediate(meta);
    this.#day = (runId, d) => day.immediate(runId, d);
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
    this.#guard(() => this.#day(runId, day));
  }

  endRun(summary: TSummary): void {
    const runId = this.#active('endRun()');
    this.#guard(() => this.#end(runId, summary));
    this.#ended = true;
  }

  /** Marks a begun, unfinished run 'failed' with the error's message (call it when the world throws). */
  failRun(error: unknown): void {
    if (this.#runId === null || this.#ended) return;
    const message = error instanceof Error ? error.message : String(error);
    const runId = this.#runId;
    this.#guard(() => this.#fail(runId, this.#now(), message));
    this.#ended = true;
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

/**
 * Where a run's records go: one call when it starts, one per simulated day, one when it ends. The
 * SQLite store implements it; tests use `MemorySink`. Writers must not throw back into the world for
 * data they dislike: a sink failure aborts the run as a whole, never a single day half-written.
 */
export interface RunSink<TMeta, TDay, TSummary> {
  beginRun(meta: TMeta): void;
  writeDay(day: TDay): void;
  endRun(summary: TSummary): void;
}

import type { RunSink } from './run-sink.ts';

/** A sink that keeps everything in memory (tests, `npm start` without a database). */
export class MemorySink<TMeta, TDay, TSummary> implements RunSink<TMeta, TDay, TSummary> {
  meta: TMeta | null = null;
  readonly days: TDay[] = [];
  summary: TSummary | null = null;

  beginRun(meta: TMeta): void {
    this.meta = meta;
  }
  writeDay(day: TDay): void {
    this.days.push(day);
  }
  endRun(summary: TSummary): void {
    this.summary = summary;
  }
}

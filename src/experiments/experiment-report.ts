/** A table cell: numbers stay numbers in JSON and are rounded only when rendered. */
export type Cell = string | number;

/** One table of an experiment. */
export interface ExperimentTable {
  readonly title: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

/** The result of one experiment: deterministic for a given seed and instance count. */
export interface ExperimentReport {
  readonly name: string;
  readonly title: string;
  readonly seed: string;
  /** Instances per sub-case (0 when the experiment has fixed scenarios only). */
  readonly instances: number;
  readonly tables: readonly ExperimentTable[];
  /** Short remarks printed under the tables (reconstructions, our choices). */
  readonly notes: readonly string[];
}

/** What every experiment function takes. */
export interface ExperimentOptions {
  readonly seed: string;
  /** Instances per sub-case; each experiment has its own default. */
  readonly instances?: number;
}

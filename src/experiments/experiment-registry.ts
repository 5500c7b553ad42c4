import { ermpFruitMarket } from './ermp-fruit-market.ts';
import { ermpParameters } from './ermp-parameters.ts';
import type { ExperimentOptions, ExperimentReport } from './experiment-report.ts';
import { rmpVsErmp } from './rmp-vs-ermp.ts';
import { zeuthenRandom } from './zeuthen-random.ts';
import { zeuthenStudies } from './zeuthen-studies.ts';

/** A named experiment that regenerates one section of docs/experiments.md. */
export interface ExperimentEntry {
  readonly name: string;
  readonly description: string;
  /** Instances per sub-case when none are given. */
  readonly defaultInstances: number;
  run(options: ExperimentOptions): ExperimentReport;
}

/** Every experiment of the papers' mechanisms (seed 001: ERMP; seed 002: multilateral Zeuthen), in docs order. */
export const EXPERIMENTS: readonly ExperimentEntry[] = [
  {
    name: 'zeuthen-studies',
    description:
      "seed 002's two numerical studies with transcripts, and a buyer's order shared among suppliers",
    defaultInstances: 100,
    run: zeuthenStudies,
  },
  {
    name: 'zeuthen-random',
    description:
      'random task allocations for m = 2..6 agents: rounds, conflicts, Nash maximum, income spread',
    defaultInstances: 100,
    run: zeuthenRandom,
  },
  {
    name: 'ermp-fruit-market',
    description: "seed 001's fruit market: interactions to agreement over 500 instances",
    defaultInstances: 500,
    run: ermpFruitMarket,
  },
  {
    name: 'ermp-parameters',
    description:
      "seed 001's four factor studies: intersection size, first-proposal distance, area size, margin",
    defaultInstances: 500,
    run: ermpParameters,
  },
  {
    name: 'rmp-vs-ermp',
    description: 'RMP versus ERMP (and their integration) on areas with few and many vertices',
    defaultInstances: 200,
    run: rmpVsErmp,
  },
];

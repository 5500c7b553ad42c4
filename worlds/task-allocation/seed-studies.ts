import { taskAllocationScenario, type TaskAllocationScenario } from './task-allocation-scenario.ts';

/** One of the seed's two numerical studies, with our reconstructed data and expected outcome. */
export interface SeedStudy {
  readonly name: string;
  readonly description: string;
  readonly scenario: TaskAllocationScenario;
  /** What negotiation.md C.2.5 reports for the fixture (deterministic ties: lowest agent, first variant). */
  readonly expected: {
    readonly agreement: string;
    readonly utilities: readonly number[];
    /** The round in which the agreement is found. */
    readonly rounds: number;
    /** The round the seed reports for its (lost) data (C.2.4). */
    readonly seedRounds: number;
  };
}

/**
 * The seed's studies (seed 002 §3.1–3.2): n = 4, m = 2 and n = 3, m = 3. The seed's income and
 * conflict matrices were lost in extraction (C.2.4); these incomes are our own fixtures (C.2.5).
 */
export const SEED_STUDIES: readonly SeedStudy[] = [
  {
    name: 'two-agents',
    description: 'n = 4 tasks, m = 2 agents (seed 002 §3.1; incomes reconstructed, negotiation.md C.2.5)',
    scenario: taskAllocationScenario({
      name: 'seed 002 study 1 (reconstructed)',
      income: [
        [5, 4, 3, 2],
        [2, 3, 6, 4],
      ],
    }),
    expected: { agreement: '1122', utilities: [9, 10], rounds: 6, seedRounds: 5 },
  },
  {
    name: 'three-agents',
    description: 'n = 3 tasks, m = 3 agents (seed 002 §3.2; incomes reconstructed, negotiation.md C.2.5)',
    scenario: taskAllocationScenario({
      name: 'seed 002 study 2 (reconstructed)',
      income: [
        [4, 2, 3],
        [3, 5, 1],
        [2, 3, 4],
      ],
    }),
    expected: { agreement: '123', utilities: [4, 5, 4], rounds: 7, seedRounds: 7 },
  },
];

/**
 * A task-allocation scenario (negotiation.md C.2.1, seed 002): n tasks, m agents, an income matrix
 * W (w_ij = agent i's income for solving task j) and who may solve which task. Each task is solved by
 * exactly one eligible agent; an agent may solve several.
 */
export interface TaskAllocationScenario {
  readonly name: string;
  readonly tasks: readonly string[];
  readonly agents: readonly string[];
  /** `income[i][j]`: agent i's income for solving task j. */
  readonly income: readonly (readonly number[])[];
  /** `eligible[i][j]`: whether agent i may solve task j. */
  readonly eligible: readonly (readonly boolean[])[];
  /** Each agent's income in the conflict deal (C.2.1: the empty allocation, 0). */
  readonly conflictIncome: readonly number[];
}

export interface TaskAllocationInput {
  readonly name?: string;
  /** Task names; default "t1", "t2", … from the income matrix. */
  readonly tasks?: readonly string[];
  /** Agent names; default "a1", "a2", …. */
  readonly agents?: readonly string[];
  readonly income: readonly (readonly number[])[];
  /** Default: everyone may solve every task. */
  readonly eligible?: readonly (readonly boolean[])[];
  /** Default: 0 for everyone. */
  readonly conflictIncome?: readonly number[];
}

/** A checked scenario: rectangular matrices, finite non-negative incomes, every task solvable by someone. */
export function taskAllocationScenario(input: TaskAllocationInput): TaskAllocationScenario {
  const m = input.income.length;
  const n = input.income[0]?.length ?? 0;
  if (m < 2) throw new RangeError(`a task allocation needs at least two agents, got ${m}`);
  if (n < 1) throw new RangeError('a task allocation needs at least one task');
  const tasks = input.tasks?.slice() ?? Array.from({ length: n }, (_, j) => `t${j + 1}`);
  const agents = input.agents?.slice() ?? Array.from({ length: m }, (_, i) => `a${i + 1}`);
  if (tasks.length !== n || agents.length !== m)
    throw new RangeError(
      `expected ${n} task names and ${m} agent names, got ${tasks.length} and ${agents.length}`,
    );
  const eligible = input.eligible ?? input.income.map((row) => row.map(() => true));
  for (let i = 0; i < m; i++) {
    const row = input.income[i] as readonly number[];
    const e = eligible[i];
    if (row.length !== n || e?.length !== n)
      throw new RangeError(`income and eligibility rows must all have ${n} entries (agent ${i + 1})`);
    if (!row.every((w) => Number.isFinite(w) && w >= 0))
      throw new RangeError(`incomes must be finite and non-negative (agent ${i + 1})`);
  }
  for (let j = 0; j < n; j++) {
    if (!eligible.some((row) => row[j] === true))
      throw new RangeError(`task ${tasks[j]} has no eligible agent`);
  }
  const conflictIncome = input.conflictIncome?.slice() ?? agents.map(() => 0);
  if (conflictIncome.length !== m || !conflictIncome.every(Number.isFinite))
    throw new RangeError(`conflictIncome needs ${m} finite values`);
  return {
    name: input.name ?? `${m} agents, ${n} tasks`,
    tasks,
    agents,
    income: input.income.map((r) => r.slice()),
    eligible: eligible.map((r) => r.slice()),
    conflictIncome,
  };
}

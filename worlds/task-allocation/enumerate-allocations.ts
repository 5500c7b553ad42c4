import type { TaskAllocationScenario } from './task-allocation-scenario.ts';

/** An allocation: the index of the agent solving each task (a row of the seed's deal matrix X, transposed). */
export type Allocation = readonly number[];

export interface EnumerateOptions {
  /** Refuse to enumerate more than this many variants (default 200 000). */
  readonly maxOptions?: number;
}

/**
 * Every admissible variant Δ (negotiation.md C.2.1): each task to exactly one eligible agent, in
 * lexicographic order of the labels ("1111", "1112", …, task 1 most significant) — the order of the
 * C.2.5 fixtures' tie rule.
 */
export function enumerateAllocations(
  scenario: TaskAllocationScenario,
  options: EnumerateOptions = {},
): Allocation[] {
  const n = scenario.tasks.length;
  const choices: number[][] = [];
  let count = 1;
  for (let j = 0; j < n; j++) {
    const c: number[] = [];
    for (const [i, row] of scenario.eligible.entries()) if (row[j] === true) c.push(i);
    choices.push(c);
    count *= c.length;
  }
  const max = options.maxOptions ?? 200_000;
  if (count > max) throw new RangeError(`the scenario has ${count} allocations, more than the limit ${max}`);
  const out: Allocation[] = new Array<Allocation>(count);
  // An odometer over the choices, task n the fastest digit: lexicographic order of the labels.
  const digit = new Array<number>(n).fill(0);
  for (let k = 0; k < count; k++) {
    const a = new Array<number>(n);
    for (let j = 0; j < n; j++) a[j] = (choices[j] as number[])[digit[j] as number] as number;
    out[k] = a;
    for (let j = n - 1; j >= 0; j--) {
      const next = (digit[j] as number) + 1;
      if (next < (choices[j] as number[]).length) {
        digit[j] = next;
        break;
      }
      digit[j] = 0;
    }
  }
  return out;
}

import type { ProductionCell } from './factory-types.ts';

/** How `availableForProduction` picks among the candidate cells (league-rules.md §16.1). */
export type ProductionMethod = 'earliest' | 'latest' | 'all';

/** Which cells to look at: a day window (a day, [first, last], or everything from today) and a line. */
export interface ProductionQuery {
  readonly repeats: number;
  /** -1 (default): [today, nSteps - 1]; a day s: [s, s]; a pair: [a, b] inclusive. The start is raised to today. */
  readonly step?: number | readonly [number, number];
  /** A line, or -1 (default) for all lines. */
  readonly line?: number;
  /** Count busy cells as candidates too (default false for queries, true for scheduling). */
  readonly override?: boolean;
  readonly method?: ProductionMethod;
}

const IDLE = -1;

/**
 * One factory's production table: nSteps × nLines process indices, -1 = idle (the reference's
 * `commands`). A plan, not physical state: it lives in a typed array outside the immer state for speed,
 * and only the production phase turns it into money and goods.
 */
export class ProductionSchedule {
  readonly nSteps: number;
  readonly nLines: number;
  readonly #cells: Int32Array;
  /** Idle cells per day, kept in step with every write (counting is then O(days)). */
  readonly #idle: Int32Array;

  constructor(nSteps: number, nLines: number) {
    this.nSteps = nSteps;
    this.nLines = nLines;
    this.#cells = new Int32Array(nSteps * nLines).fill(IDLE);
    this.#idle = new Int32Array(nSteps).fill(nLines);
  }

  /** Idle cells on days [from, to] (clipped to the table): the length of `available` with method 'all'. */
  countIdle(from: number, to: number): number {
    let n = 0;
    for (let d = Math.max(0, from); d <= Math.min(to, this.nSteps - 1); d++) n += this.#idle[d] as number;
    return n;
  }

  /** The process on (day, line), or -1. */
  get(day: number, line: number): number {
    if (day < 0 || day >= this.nSteps || line < 0 || line >= this.nLines) return IDLE;
    return this.#cells[day * this.nLines + line] as number;
  }

  /** A copy of one day's row. */
  row(day: number): number[] {
    const out = new Array<number>(this.nLines).fill(IDLE);
    if (day < 0 || day >= this.nSteps) return out;
    for (let l = 0; l < this.nLines; l++) out[l] = this.#cells[day * this.nLines + l] as number;
    return out;
  }

  /**
   * `available_for_production` (§16.1): candidate cells day-major, line within day; fewer than
   * `repeats` gives nothing; 'latest' keeps the slice from index -repeats + 1 (a reference quirk: all
   * cells when repeats is 1, repeats - 1 cells otherwise).
   */
  available(query: ProductionQuery, today: number): ProductionCell[] {
    const cells = this.#pick(query, today);
    return cells.length < query.repeats ? [] : this.#trim(cells, query);
  }

  /**
   * `schedule_production` (§16.1): writes `process` into the first `repeats` cells found and returns
   * every cell found. Our reading of partial_ok: with it, fewer candidates than `repeats` still count.
   */
  schedule(
    process: number,
    query: ProductionQuery & { readonly partialOk?: boolean },
    today: number,
  ): ProductionCell[] {
    const q = { ...query, override: query.override ?? true };
    const found = this.#pick(q, today);
    if (found.length === 0) return [];
    if (found.length < query.repeats && !(query.partialOk ?? false)) return [];
    const cells = this.#trim(found, q);
    for (const c of cells.slice(0, query.repeats)) this.#write(c.day, c.line, process);
    return cells;
  }

  /** `order_production`: writes the cells without checks (cells outside the table are ignored). */
  order(process: number, cells: readonly ProductionCell[]): void {
    for (const c of cells) {
      if (c.day >= 0 && c.day < this.nSteps && c.line >= 0 && c.line < this.nLines) {
        this.#write(c.day, c.line, process);
      }
    }
  }

  /** `cancel_production`: clears a cell; refused for past days or a negative line. */
  cancel(day: number, line: number, today: number): boolean {
    if (day < today || day >= this.nSteps || line < 0 || line >= this.nLines) return false;
    this.#write(day, line, IDLE);
    return true;
  }

  /** `set_commands`: overwrites a whole day's row (missing entries become idle). */
  setRow(day: number, commands: readonly number[]): boolean {
    if (day < 0 || day >= this.nSteps) return false;
    for (let l = 0; l < this.nLines; l++) {
      const c = commands[l];
      this.#write(day, l, typeof c === 'number' && Number.isInteger(c) && c >= 0 ? c : IDLE);
    }
    return true;
  }

  #write(day: number, line: number, value: number): void {
    const k = day * this.nLines + line;
    const was = this.#cells[k] as number;
    const v = value < 0 ? IDLE : value;
    if (was === IDLE && v !== IDLE) this.#idle[day] = (this.#idle[day] as number) - 1;
    else if (was !== IDLE && v === IDLE) this.#idle[day] = (this.#idle[day] as number) + 1;
    this.#cells[k] = v;
  }

  /** The candidates a method can return: all, the first `repeats`, or the last `repeats` (day-major order). */
  #pick(query: ProductionQuery, today: number): ProductionCell[] {
    const method = query.method ?? 'latest';
    if (method === 'all' || (method === 'latest' && query.repeats <= 1))
      return this.#collect(query, today, Infinity, false);
    return this.#collect(query, today, query.repeats, method === 'latest');
  }

  /** Python's cells[-repeats + 1:] for 'latest' (of at most `repeats` cells: drop the first when there are that many). */
  #trim(cells: ProductionCell[], query: ProductionQuery): ProductionCell[] {
    if ((query.method ?? 'latest') !== 'latest' || query.repeats <= 1) return cells;
    return cells.length >= query.repeats ? cells.slice(cells.length - query.repeats + 1) : cells;
  }

  /** Up to `max` candidate cells from the start (or the end) of the window, in day-major order. */
  #collect(query: ProductionQuery, today: number, max: number, fromEnd: boolean): ProductionCell[] {
    const step = query.step ?? -1;
    let [first, last] =
      typeof step === 'number' ? (step < 0 ? [today, this.nSteps - 1] : [step, step]) : [step[0], step[1]];
    first = Math.max(first, today, 0);
    last = Math.min(last, this.nSteps - 1);
    const line = query.line ?? -1;
    const l0 = line < 0 ? 0 : line;
    const l1 = line < 0 ? this.nLines - 1 : Math.min(line, this.nLines - 1);
    const override = query.override ?? false;
    const out: ProductionCell[] = [];
    for (let k = 0; k <= last - first && out.length < max; k++) {
      const d = fromEnd ? last - k : first + k;
      if (!override && line < 0 && this.#idle[d] === 0) continue;
      for (let j = 0; j <= l1 - l0 && out.length < max; j++) {
        const l = fromEnd ? l1 - j : l0 + j;
        if (override || this.#cells[d * this.nLines + l] === IDLE) out.push({ day: d, line: l });
      }
    }
    return fromEnd ? out.reverse() : out;
  }
}

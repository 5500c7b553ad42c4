import type { Outcome } from './issue.ts';
import { outcomeKey } from './outcome-key.ts';
import type { UtilityFunction } from './utility-function.ts';

export interface MappingUtilityOptions {
  /** Utility of outcomes missing from a table; without it a missing outcome throws (our choice). */
  readonly defaultValue?: number;
  /** Utility of no agreement (default -Infinity, as NegMAS). */
  readonly reservedValue?: number;
}

/**
 * An explicit outcome → utility mapping (negotiation.md A.5): a table keyed by `outcomeKey(outcome)`
 * (a plain record or a Map), or any function of the outcome.
 */
export class MappingUtility implements UtilityFunction<Outcome> {
  readonly reservedValue: number;
  readonly #table: ReadonlyMap<string, number> | null;
  readonly #fn: ((outcome: Outcome) => number) | null;
  readonly #default: number | undefined;

  constructor(
    mapping: Readonly<Record<string, number>> | ReadonlyMap<string, number> | ((outcome: Outcome) => number),
    options: MappingUtilityOptions = {},
  ) {
    if (typeof mapping === 'function') {
      this.#fn = mapping;
      this.#table = null;
    } else {
      this.#fn = null;
      this.#table = mapping instanceof Map ? new Map(mapping) : new Map(Object.entries(mapping));
    }
    this.#default = options.defaultValue;
    this.reservedValue = options.reservedValue ?? -Infinity;
  }

  /** A table built from outcomes and their utilities (same order). */
  static fromOutcomes(
    outcomes: readonly Outcome[],
    utilities: readonly number[],
    options: MappingUtilityOptions = {},
  ): MappingUtility {
    if (outcomes.length !== utilities.length) {
      throw new RangeError(
        `fromOutcomes() needs one utility per outcome, got ${utilities.length} for ${outcomes.length}`,
      );
    }
    const table = new Map<string, number>();
    outcomes.forEach((o, k) => table.set(outcomeKey(o), utilities[k] as number));
    return new MappingUtility(table, options);
  }

  eval(outcome: Outcome | null): number {
    if (outcome === null) return this.reservedValue;
    if (this.#fn !== null) return this.#fn(outcome);
    const key = outcomeKey(outcome);
    const u = (this.#table as ReadonlyMap<string, number>).get(key);
    if (u !== undefined) return u;
    if (this.#default !== undefined) return this.#default;
    throw new RangeError(`MappingUtility has no utility for outcome ${key}`);
  }
}

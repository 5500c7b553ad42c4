import type { UtilityFunction } from '../utility-function.ts';

/**
 * A finite bargaining problem for the multilateral monotonic concession protocol (negotiation.md
 * C.2.1): the admissible variants Δ, each agent's utility of every variant, and each agent's utility
 * of the conflict deal δᶜ. Common knowledge of all parties, as the Zeuthen strategy needs.
 */
export interface McpProblem<O> {
  readonly options: readonly O[];
  /** `utilities[i][k]`: agent i's utility of option k. */
  readonly utilities: readonly (readonly number[])[];
  /** `conflict[i]`: agent i's utility of the conflict deal. */
  readonly conflict: readonly number[];
  /** A short name of option k for transcripts (e.g. "1122"). */
  label(k: number): string;
}

export interface McpProblemOptions<O> {
  /** Names options in transcripts; default the option index. */
  readonly label?: (option: O, k: number) => string;
}

/**
 * Builds the problem from one utility function per agent over a finite option set: u_i(δ) =
 * `ufuns[i].eval(δ)`, and the conflict deal is "no agreement", u_i(δᶜ) = `ufuns[i].eval(null)`.
 *
 * @example
 * const problem = mcpProblem(allocations, [ufunOfAgent1, ufunOfAgent2]);
 */
export function mcpProblem<O>(
  options: readonly O[],
  ufuns: readonly UtilityFunction<O>[],
  settings: McpProblemOptions<O> = {},
): McpProblem<O> {
  if (options.length === 0) throw new RangeError('an MCP problem needs at least one option');
  if (ufuns.length < 2) throw new RangeError(`an MCP problem needs at least two agents, got ${ufuns.length}`);
  const utilities = ufuns.map((u) => options.map((o) => u.eval(o)));
  const conflict = ufuns.map((u) => u.eval(null));
  for (const [i, row] of utilities.entries()) {
    if (!row.every(Number.isFinite) || !Number.isFinite(conflict[i]))
      throw new RangeError(`agent ${i} has a non-finite utility; MCP utilities must be finite`);
  }
  const list = options.slice();
  const name = settings.label;
  return {
    options: list,
    utilities,
    conflict,
    label: (k) => (name === undefined ? String(k) : name(list[k] as O, k)),
  };
}

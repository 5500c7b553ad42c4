/**
 * Wall-clock budgets of an isolated agent, in milliseconds. The defaults are the league's limits
 * (league-rules.md §13.2); tests and experiments shorten them.
 */
export interface AgentBudgets {
  /** One callback call (the league's per-response limit). A call still running past it stops the agent. */
  readonly perCallMs: number;
  /** All calls about one negotiation. Past it, that negotiation ends; the agent goes on. */
  readonly perNegotiationMs: number;
  /** All calls of one world. A call still running past it stops the agent. */
  readonly perWorldMs: number;
  /** Starting the worker, loading the agent's code and running its `create` (no league rule: ours). */
  readonly loadMs: number;
}

/** The league's limits: 20 s per response, 60 s per negotiation, 15 min per world (§13.2); 60 s to load. */
export const LEAGUE_BUDGETS: AgentBudgets = Object.freeze({
  perCallMs: 20_000,
  perNegotiationMs: 60_000,
  perWorldMs: 15 * 60_000,
  loadMs: 60_000,
});

/** The league's budgets with some replaced; every budget must be a positive number of milliseconds. */
export function agentBudgets(overrides: Partial<AgentBudgets> = {}): AgentBudgets {
  const out = { ...LEAGUE_BUDGETS, ...overrides };
  for (const [key, value] of Object.entries(out)) {
    if (typeof value !== 'number' || !(value > 0))
      throw new RangeError(`agent budget ${key} must be a positive number of milliseconds, got ${value}`);
  }
  return Object.freeze(out);
}

// league-rules.md §15 (parameters "drawn once at construction when not given"): reading an agent's
// parameters from the world config, with a default drawn or fixed by the agent.

type Params = Readonly<Record<string, unknown>>;

/**
 * The number parameter `name` from `params`, or `fallback()` when it is absent. A drawing fallback is
 * only called when the parameter is absent, so an override consumes no random numbers (as the reference,
 * which draws only parameters not given).
 */
export function numberParam(params: Params, name: string, fallback: () => number): number {
  const v = params[name];
  if (v === undefined) return fallback();
  if (typeof v !== 'number' || Number.isNaN(v)) {
    throw new TypeError(`agent parameter '${name}' must be a number, got ${JSON.stringify(v)}`);
  }
  return v;
}

/** The boolean parameter `name` from `params`, or `fallback` when it is absent. */
export function booleanParam(params: Params, name: string, fallback: boolean): boolean {
  const v = params[name];
  if (v === undefined) return fallback;
  if (typeof v !== 'boolean')
    throw new TypeError(`agent parameter '${name}' must be true or false, got ${JSON.stringify(v)}`);
  return v;
}

import { CATALOG } from './catalog.ts';
import { isAgentPath, loadAgentFile } from './load-agents.ts';

/** Competitor agent types by name, and the specs that could not be turned into one. */
export interface CompetitorTypes {
  readonly types: string[];
  readonly unresolved: { readonly spec: string; readonly reason: string }[];
}

/**
 * Turns a tournament's competitor specs (built-in names, any case, or agent file paths) into the agent
 * type names its scores carry: a built-in's own spelling, or the name an agent file declares.
 */
export async function resolveCompetitorTypes(specs: readonly string[]): Promise<CompetitorTypes> {
  const types: string[] = [];
  const unresolved: { spec: string; reason: string }[] = [];
  for (const spec of specs) {
    if (isAgentPath(spec)) {
      try {
        types.push((await loadAgentFile(spec)).name);
      } catch (err: unknown) {
        unresolved.push({ spec, reason: err instanceof Error ? err.message : String(err) });
      }
      continue;
    }
    types.push(CATALOG.agents.find((a) => a.name.toLowerCase() === spec.toLowerCase())?.name ?? spec);
  }
  return { types, unresolved };
}

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LeagueAgentType } from '../../worlds/base/league-agent.ts';
import { CATALOG } from './catalog.ts';
import { CliError } from './cli-error.ts';
import { closestNames } from './closest-names.ts';

/** Whether a command-line agent spec names a file rather than a built-in. */
export function isAgentPath(spec: string): boolean {
  return /[\\/]/.test(spec) || /\.(ts|js|mjs|mts)$/.test(spec);
}

function isAgentType(value: unknown): value is LeagueAgentType {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v['name'] === 'string' && typeof v['create'] === 'function' && Array.isArray(v['worlds']);
}

/**
 * Loads a user's agent file (TypeScript or JavaScript, no build step: the CLI runs under tsx). The
 * file's default export (or an export named `agent`) must be an agent type made with defineLeagueAgent.
 * Errors name the file (and the line, when the loader reports one).
 */
export async function loadAgentFile(path: string): Promise<LeagueAgentType> {
  const full = resolve(path);
  if (!existsSync(full)) throw new CliError(`agent file not found: ${path}`);
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(full).href)) as Record<string, unknown>;
  } catch (err: unknown) {
    const message = err instanceof Error ? err.message : String(err);
    const where =
      err instanceof Error ? (err.stack ?? '').split('\n').find((l) => l.includes(full)) : undefined;
    throw new CliError(
      `cannot load agent file ${path}: ${message}${where ? `\n  at ${where.trim().replace(/^at /, '')}` : ''}`,
    );
  }
  const candidate = mod['default'] ?? mod['agent'];
  if (!isAgentType(candidate)) {
    throw new CliError(
      `agent file ${path} must export (default, or as 'agent') an agent made with defineLeagueAgent({ name, description, worlds, create })`,
    );
  }
  return candidate;
}

/** The built-in agent named `spec` (case-insensitive); an unknown name is a usage error suggesting the closest ones. */
export function builtinAgent(spec: string): LeagueAgentType {
  const found = CATALOG.agents.find((a) => a.name.toLowerCase() === spec.toLowerCase());
  if (found !== undefined) return found;
  const names = CATALOG.agents.map((a) => a.name);
  const near = closestNames(spec, names);
  throw new CliError(
    `unknown agent '${spec}'${near.length > 0 ? `; did you mean ${near.join(', ')}?` : ''} (see 'scm agents' for the ${names.length} built-ins, or give a path to an agent file)`,
  );
}

/** Resolves built-in names (case-insensitive) and agent files; unknown names suggest the closest known ones. */
export async function loadAgents(specs: readonly string[]): Promise<LeagueAgentType[]> {
  const out: LeagueAgentType[] = [];
  for (const spec of specs) {
    if (isAgentPath(spec)) {
      out.push(await loadAgentFile(spec));
      continue;
    }
    out.push(builtinAgent(spec));
  }
  return out;
}

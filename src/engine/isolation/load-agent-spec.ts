import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LeagueAgentType } from '../../../worlds/base/league-agent.ts';

/** Where built-in agents come from: a module (URL) whose export `exportName` lists agent types. */
export interface BuiltinAgents {
  readonly module: string;
  readonly exportName: string;
}

function isAgentType(value: unknown): value is LeagueAgentType {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v['name'] === 'string' && typeof v['create'] === 'function' && Array.isArray(v['worlds']);
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Loads an agent type by spec, with the command line's rules (src/cli/load-agents.ts): a spec with a
 * slash or a .ts/.js/.mjs/.mts ending is a file whose default export (or export `agent`) is an agent
 * type; anything else is a built-in name, matched without regard to case in `builtins`.
 */
export async function loadAgentSpec(spec: string, builtins: BuiltinAgents | null): Promise<LeagueAgentType> {
  if (/[\\/]/.test(spec) || /\.(ts|js|mjs|mts)$/.test(spec)) {
    const full = resolve(spec);
    if (!existsSync(full)) throw new Error(`agent file not found: ${spec}`);
    let mod: Record<string, unknown>;
    try {
      mod = (await import(pathToFileURL(full).href)) as Record<string, unknown>;
    } catch (err: unknown) {
      throw new Error(`cannot load agent file ${spec}: ${messageOf(err)}`);
    }
    const candidate = mod['default'] ?? mod['agent'];
    if (!isAgentType(candidate)) {
      throw new Error(
        `agent file ${spec} must export (default, or as 'agent') an agent made with defineLeagueAgent({ name, description, worlds, create })`,
      );
    }
    return candidate;
  }
  if (builtins === null) throw new Error(`unknown agent '${spec}': no built-in agents were given`);
  const mod = (await import(builtins.module)) as Record<string, unknown>;
  const list = mod[builtins.exportName];
  if (!Array.isArray(list))
    throw new Error(`${builtins.module} has no list of agents named ${builtins.exportName}`);
  const found = (list as unknown[]).find(
    (a): a is LeagueAgentType => isAgentType(a) && a.name.toLowerCase() === spec.toLowerCase(),
  );
  if (found === undefined) throw new Error(`unknown agent '${spec}'`);
  return found;
}

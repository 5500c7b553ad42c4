import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEAGUE_AGENTS } from '../../../agents/league-agents.ts';
import { validateLeagueConfig } from '../../../worlds/base/validate-league-config.ts';
import { LeagueWorld } from '../../../worlds/base/league-world.ts';
import { handConfig } from '../../support/hand-config.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value in a JSON document. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [
    prefix,
    ...keys.flatMap((k) => paths((value as Record<string | number, Json>)[k] as Json, [...prefix, k])),
  ];
}

function setAt(doc: Json, path: readonly (string | number)[], replacement: Json | undefined): Json {
  if (path.length === 0) return replacement ?? null;
  const [head, ...rest] = path;
  const copy: Json = Array.isArray(doc) ? doc.slice() : { ...(doc as Record<string, Json>) };
  const container = copy as Record<string | number, Json>;
  if (rest.length === 0 && replacement === undefined) {
    if (Array.isArray(copy)) copy.splice(head as number, 1);
    else delete container[head as string];
  } else {
    container[head as string | number] = setAt(container[head as string | number] as Json, rest, replacement);
  }
  return copy;
}

const base = JSON.parse(
  JSON.stringify(handConfig({ agentTypes: ['GreedyOneShot', 'RandomOneShot'], nSteps: 4 })),
) as Json;
const allPaths = paths(base);
const weird = fc.oneof(
  fc.constant(undefined), // delete
  fc.constant(null),
  fc.integer({ min: -5, max: 50 }),
  fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
  fc.constantFrom(1e308, -0, 0.5, 'unit', 'std', '', 'GreedyOneShot', 'NoSuchAgent', true, false),
  fc.constant([] as Json),
  fc.constant({} as Json),
);

describe('world configs with arbitrary edits', () => {
  it('are either rejected with messages or run to the end without an uncaught exception', () => {
    const types = new Map(LEAGUE_AGENTS.map((t) => [t.name, t]));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...allPaths), weird), { minLength: 1, maxLength: 3 }),
        (edits) => {
          let doc = base;
          for (const [path, value] of edits) doc = setAt(doc, path, value as Json | undefined);
          const checked = validateLeagueConfig(doc);
          if (!checked.ok) {
            expect(checked.errors.length).toBeGreaterThan(0);
            for (const e of checked.errors) expect(e).toMatch(/\S/);
            return;
          }
          let world: LeagueWorld;
          try {
            world = new LeagueWorld({
              config: checked.config,
              seed: 'fuzz',
              resolveAgent: (n) => types.get(n),
            });
          } catch (err) {
            // The only construction error allowed: an agent type the catalog does not know, named.
            expect(String(err)).toMatch(/unknown agent type/);
            return;
          }
          while (!world.finished) world.runDay();
        },
      ),
      { seed: 42, numRuns: 400 },
    );
  });
});

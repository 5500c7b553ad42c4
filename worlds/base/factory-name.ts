/**
 * A factory's display name `{index:02}{Abbrev}@{level}` (league-rules.md §3.2 step 8), e.g. `00Gr@0`.
 * Abbrev: the capital letters of the agent type with "Agent" and "OneShot" removed, at most 3; with
 * fewer than 3 capitals, the first two letters.
 *
 * Our choice for names that are not PascalCase class names: a `@version` suffix is dropped first, and
 * a type that is empty after the removals keeps its original first two characters.
 *
 * @example
 * ```ts
 * factoryName(0, 'GreedyOneShot', 0); // '00Gr@0'
 * factoryName(12, 'SyncRandomStd', 2); // '12SRS@2'
 * ```
 */
export function factoryName(index: number, agentType: string, level: number): string {
  return `${String(index).padStart(2, '0')}${abbreviate(agentType)}@${level}`;
}

function abbreviate(agentType: string): string {
  const bare = agentType.split('@')[0] ?? agentType;
  const stripped = bare.replaceAll('Agent', '').replaceAll('OneShot', '');
  const capitals = stripped.replace(/[^A-Z]/g, '');
  if (capitals.length >= 3) return capitals.slice(0, 3);
  return stripped.length > 0 ? stripped.slice(0, 2) : bare.slice(0, 2);
}

import { describe, expect, it } from 'vitest';
import { LEAGUE_AGENTS, ONESHOT_FILLERS, STD_FILLERS } from '../../../../agents/league-agents.ts';

const ONESHOT = [
  'GreedyOneShot',
  'GreedySync',
  'GreedySingleAgreement',
  'RandomOneShot',
  'Nice',
  'SyncRandomOneShot',
  'RandDistOneShot',
  'EqualDistOneShot',
  'SingleAgreementRandom',
  'SingleAgreementAspiration',
  'DoNothing',
];
const ALSO_STD = new Set([
  'SingleAgreementAspiration',
  'GreedySync',
  'GreedyOneShot',
  'SyncRandomOneShot',
  'DoNothing',
]);

describe('LEAGUE_AGENTS', () => {
  it('LEAGUE_AGENTS lists every built-in agent once, by its command-line name', () => {
    const names = LEAGUE_AGENTS.map((a) => a.name);
    expect(names).toEqual([...ONESHOT, 'GreedyStd', 'RandomStd', 'SyncRandomStd']);
    expect(new Set(names).size).toBe(names.length);
  });

  it('LEAGUE_AGENTS allows OneShot agents in Std only where the reference does', () => {
    for (const a of LEAGUE_AGENTS) {
      const expected = ONESHOT.includes(a.name)
        ? ALSO_STD.has(a.name)
          ? ['oneshot', 'std']
          : ['oneshot']
        : ['std'];
      expect([a.name, ...a.worlds]).toEqual([a.name, ...expected]);
    }
  });

  it('ONESHOT_FILLERS and STD_FILLERS name registered agents of their world', () => {
    const byName = new Map(LEAGUE_AGENTS.map((a) => [a.name, a]));
    expect(ONESHOT_FILLERS).toEqual(['GreedyOneShot', 'RandDistOneShot', 'EqualDistOneShot']);
    expect(STD_FILLERS).toEqual(['GreedyStd', 'RandomStd', 'SyncRandomStd']);
    for (const n of ONESHOT_FILLERS) expect(byName.get(n)?.worlds).toContain('oneshot');
    for (const n of STD_FILLERS) expect(byName.get(n)?.worlds).toContain('std');
  });
});

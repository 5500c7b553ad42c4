import { describe, expect, it } from 'vitest';
import { MemorySink } from '../../../src/engine/memory-sink.ts';
import { LEAGUE_AGENTS } from '../../../agents/league-agents.ts';
import type { LeagueConfig } from '../../../worlds/base/league-config.ts';
import type { FaultRecord, LeagueDayRecord } from '../../../worlds/base/league-records.ts';
import {
  type LeagueRunMeta,
  type LeagueRunSummary,
  runLeagueWorld,
} from '../../../worlds/base/run-league-world.ts';
import { handConfig } from '../../support/hand-config.ts';
import { FAULTY_AGENTS } from '../../support/faulty-agents.ts';

const EXPECTED: Readonly<Record<string, readonly { callback: string; kind: FaultRecord['kind'] }[]>> = {
  ThrowsInInit: [{ callback: 'init', kind: 'exception' }],
  ThrowsInBeforeStep: [{ callback: 'beforeStep', kind: 'exception' }],
  ThrowsInStep: [{ callback: 'step', kind: 'exception' }],
  ThrowsInPropose: [{ callback: 'propose', kind: 'exception' }],
  ThrowsInRespond: [{ callback: 'respond', kind: 'exception' }],
  ThrowsInFirstProposals: [{ callback: 'firstProposals', kind: 'exception' }],
  ThrowsInCounterAll: [{ callback: 'counterAll', kind: 'exception' }],
  NaNOffer: [{ callback: 'propose', kind: 'invalid-output' }],
  StringOffer: [{ callback: 'propose', kind: 'invalid-output' }],
  NotAnOffer: [{ callback: 'propose', kind: 'invalid-output' }],
  WrongResponse: [{ callback: 'respond', kind: 'invalid-output' }],
  GarbageDecisions: [{ callback: 'counterAll', kind: 'invalid-output' }],
  MutatesView: [
    { callback: 'beforeStep', kind: 'view-mutation' },
    { callback: 'step', kind: 'view-mutation' },
  ],
};

/** A world where every factory on one side runs a faulty agent and the other side runs GreedyOneShot. */
function worldWith(faultyName: string, faultyLevel: 0 | 1): LeagueConfig {
  const base = handConfig({ agentTypes: ['GreedyOneShot'], perLevel: 2, nSteps: 6 });
  return {
    ...base,
    factories: base.factories.map((f) => (f.level === faultyLevel ? { ...f, agentType: faultyName } : f)),
  };
}

describe.each(Object.keys(EXPECTED))('a world with %s agents', (name) => {
  it.each([0, 1] as const)('contains every fault at level %i, records it and runs to the end', (level) => {
    const types = new Map([...LEAGUE_AGENTS, ...FAULTY_AGENTS].map((t) => [t.name, t]));
    const sink = new MemorySink<LeagueRunMeta, LeagueDayRecord, LeagueRunSummary>();
    const summary = runLeagueWorld({
      config: worldWith(name, level),
      seed: 'faults',
      resolveAgent: (n) => types.get(n),
      sink,
    });
    expect(summary.days).toBe(6);
    const faults = sink.days.flatMap((d) => d.faults);
    const faultyNames = new Set(summary.results.filter((r) => r.agentType === name).map((r) => r.agent));
    // Only the faulty factories are blamed, and the ranking shows their fault counts.
    for (const f of faults) expect(faultyNames.has(f.agent)).toBe(true);
    for (const r of summary.results) if (r.agentType !== name) expect(r.faults).toBe(0);
    const seen = [...new Set(faults.map((f) => `${f.callback}/${f.kind}`))].sort();
    // Level-1 factories open every negotiation; these agents open with nothing, so they are never asked to respond.
    const answersOnly = ['respond', 'counterAll'];
    const expected = (EXPECTED[name] ?? [])
      .filter((e) => !(level === 1 && answersOnly.includes(e.callback)))
      .map((e) => `${e.callback}/${e.kind}`)
      .sort();
    expect(seen).toEqual(expected);
    expect(faults.every((f) => f.message.length > 0)).toBe(true);
  });
});

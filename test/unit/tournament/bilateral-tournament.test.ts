import { describe, expect, it } from 'vitest';
import { generateScenario } from '../../../src/negotiation/generate-scenario.ts';
import type { NegotiatorFactory } from '../../../src/negotiation/negotiator-factory.ts';
import { loadScenario } from '../../../src/negotiation/scenario.ts';
import { runBilateralTournament } from '../../../src/tournament/bilateral-tournament.ts';
import { concedeLinearly, hardliner, randomNegotiator } from '../../support/simple-negotiators.ts';

const scenarios = [
  loadScenario(
    generateScenario({ nIssues: 2, valuesPerIssue: 4, opposition: 'high', seed: 1, name: 'opposed' }),
  ),
  loadScenario(
    generateScenario({ nIssues: 2, valuesPerIssue: 3, opposition: 'low', seed: 2, name: 'aligned' }),
  ),
];

describe('runBilateralTournament', () => {
  it('runBilateralTournament() plays every ordered pair, self-play included, in both roles', () => {
    const report = runBilateralTournament({
      negotiators: [concedeLinearly('concede'), hardliner('hard')],
      scenarios,
      repetitions: 2,
      nSteps: 10,
      seed: 5,
      keepRecords: true,
    });
    expect(report.nNegotiations).toBe(2 * 4 * 2 * 2);
    expect(report.records).toHaveLength(32);
    expect(report.pairs.map((p) => `${p.scenario}:${p.a}-${p.b}`)).toEqual([
      'opposed:concede-concede',
      'opposed:concede-hard',
      'opposed:hard-concede',
      'opposed:hard-hard',
      'aligned:concede-concede',
      'aligned:concede-hard',
      'aligned:hard-concede',
      'aligned:hard-hard',
    ]);
    for (const p of report.pairs) expect(p.negotiations).toBe(4);
    for (const n of report.negotiators) expect(n.negotiations).toBe(32);
    const roles = report.records
      ?.filter((r) => r.a === 'concede' && r.b === 'hard')
      .map((r) => `${r.role}/${r.repetition}`);
    expect(roles?.slice(0, 4)).toEqual(['a-opens/0', 'a-opens/1', 'b-opens/0', 'b-opens/1']);
    // Two concession curves on an opposed domain meet; two hardliners there never do.
    const pair = (a: string, b: string) =>
      report.pairs.find((p) => p.scenario === 'opposed' && p.a === a && p.b === b);
    expect(pair('concede', 'concede')?.agreementRate).toBe(1);
    expect(pair('hard', 'hard')?.agreementRate).toBe(0);
  });

  it('runBilateralTournament() computes S_a and O_a as in B.7.4', () => {
    const report = runBilateralTournament({
      negotiators: [concedeLinearly('concede'), randomNegotiator('random'), hardliner('hard')],
      scenarios,
      repetitions: 2,
      nSteps: 8,
      seed: 'b74',
      keepRecords: true,
    });
    const records = report.records ?? [];
    const names = report.negotiators.map((n) => n.name);
    // U^{x×y:d}_x: mean utility of x over every negotiation between x and y on d.
    const cell = (d: string, x: string, y: string, of: 'utility' | 'welfare'): number => {
      const values: number[] = [];
      for (const r of records) {
        if (r.scenario !== d) continue;
        const w = r.utilities[0] + r.utilities[1];
        if (r.a === x && r.b === y) values.push(of === 'utility' ? r.utilities[0] : w);
        if (r.b === x && r.a === y && (of === 'utility' || x !== y))
          values.push(of === 'utility' ? r.utilities[1] : w);
      }
      return values.reduce((s, v) => s + v, 0) / values.length;
    };
    for (const a of names) {
      let s = 0;
      let o = 0;
      let sw = 0;
      let ow = 0;
      for (const d of ['opposed', 'aligned']) {
        for (const b of names) {
          s += cell(d, a, b, 'utility');
          sw += cell(d, a, b, 'welfare');
          if (b !== a) {
            o += cell(d, b, a, 'utility');
            ow += cell(d, a, b, 'welfare');
          }
        }
      }
      const summary = report.negotiators.find((n) => n.name === a);
      expect(summary?.selfUtility).toBeCloseTo(s / (3 * 2), 12);
      expect(summary?.opponentUtility).toBeCloseTo(o / (2 * 2), 12);
      expect(summary?.selfWelfare).toBeCloseTo(sw / (3 * 2), 12);
      expect(summary?.opponentWelfare).toBeCloseTo(ow / (2 * 2), 12);
      const own = records.flatMap((r) => [
        ...(r.a === a ? [r.utilities[0]] : []),
        ...(r.b === a ? [r.utilities[1]] : []),
      ]);
      expect(summary?.meanUtility).toBeCloseTo(own.reduce((x, y) => x + y, 0) / own.length, 12);
    }
  });

  it('runBilateralTournament() gives each negotiator the stream at its path', () => {
    const seen: string[] = [];
    const spy: NegotiatorFactory = {
      name: 'spy',
      description: 'records its stream seed',
      create(ctx) {
        seen.push(`${ctx.index}:${ctx.rng.seed}`);
        return { propose: () => null, respond: () => 'end' };
      },
    };
    runBilateralTournament({
      negotiators: [spy],
      scenarios: [scenarios[0]!],
      repetitions: 1,
      nSteps: 3,
      seed: 9,
    });
    expect(seen).toEqual([
      '0:9/tournament/opposed/spy-spy/a-opens/0/0',
      '1:9/tournament/opposed/spy-spy/a-opens/0/1',
      '0:9/tournament/opposed/spy-spy/b-opens/0/0',
      '1:9/tournament/opposed/spy-spy/b-opens/0/1',
    ]);
  });

  it('runBilateralTournament() scores a negotiator that fails to start as no agreement', () => {
    const broken: NegotiatorFactory = {
      name: 'broken',
      description: 'throws on creation',
      create() {
        throw new Error('cannot start');
      },
    };
    const report = runBilateralTournament({
      negotiators: [broken, concedeLinearly()],
      scenarios: [scenarios[1]!],
      repetitions: 1,
      nSteps: 5,
      seed: 1,
      keepRecords: true,
    });
    const failed = report.records?.filter((r) => r.a === 'broken' || r.b === 'broken') ?? [];
    expect(failed.length).toBe(6);
    for (const r of failed) expect(r.status).toBe('error');
    expect(report.negotiators[0]?.agreementRate).toBe(0);
  });

  it('runBilateralTournament() depends on the seed only through the negotiators streams', () => {
    const options = {
      negotiators: [randomNegotiator('random')],
      scenarios,
      repetitions: 3,
      nSteps: 6,
      keepRecords: true,
    };
    const a = runBilateralTournament({ ...options, seed: 1 });
    expect(runBilateralTournament({ ...options, seed: 1 })).toEqual(a);
    expect(runBilateralTournament({ ...options, seed: 2 }).records).not.toEqual(a.records);
  });

  it('runBilateralTournament() validates its options', () => {
    const base = { negotiators: [hardliner()], scenarios, repetitions: 1, nSteps: 5, seed: 1 };
    expect(() => runBilateralTournament({ ...base, negotiators: [] })).toThrow(RangeError);
    expect(() => runBilateralTournament({ ...base, negotiators: [hardliner('x'), hardliner('x')] })).toThrow(
      /distinct/,
    );
    expect(() => runBilateralTournament({ ...base, repetitions: 0 })).toThrow(RangeError);
    expect(() => runBilateralTournament({ ...base, nSteps: 1.5 })).toThrow(RangeError);
    expect(() => runBilateralTournament({ ...base, scenarios: [scenarios[0]!, scenarios[0]!] })).toThrow(
      /distinct/,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { openDb } from '../../../src/store/open-db.ts';
import { negotiationTranscript } from '../../../src/store/queries/negotiation-transcript.ts';
import { scm, storeWithRuns } from './cli-store-fixture.ts';

/** The first negotiation of run 1 that ended in agreement, and its contract. */
function firstAgreement(db: string): { negId: string; contractId: string; rounds: number; actions: number } {
  const store = openDb(db, { readonly: true });
  try {
    for (let k = 0; k < 100; k++) {
      const t = negotiationTranscript(store, { runId: 1, negId: `n${k}` });
      if (t?.contractId)
        return { negId: t.id, contractId: t.contractId, rounds: t.rounds, actions: t.actions.length };
    }
  } finally {
    store.close();
  }
  throw new Error('no agreement in the run');
}

describe('scm inspect', () => {
  it('lists the runs of a store, and shows one run at a glance with --run', async () => {
    const db = await storeWithRuns(['a', 'b']);
    const list = await scm(['inspect', db]);
    expect(list.code).toBe(0);
    expect(list.out).toMatch(/run\s+label\s+world\s+seed\s+status/);
    expect(list.out).toMatch(/^\s*2\s+tiny\s+oneshot\s+b\s+done\s+10/m);
    expect(list.out).toContain('look inside a run with');
    const run = await scm(['inspect', db, '--run', '1']);
    expect(run.out).toContain("run 1: oneshot world 'tiny', seed a, 10 of 10 days stored (done)");
    expect(run.out).toMatch(/day\s+negotiations\s+agreements/);
  });

  it("prints a negotiation's full transcript when the run stored offers", async () => {
    const db = await storeWithRuns(['a'], ['--log-level', 'offers']);
    const neg = firstAgreement(db);
    const r = await scm(['inspect', db, '--negotiation', neg.negId]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      new RegExp(
        `^negotiation ${neg.negId} of run 1, day \\d+: product 1 from \\S+ \\(seller\\) to \\S+ \\(buyer\\)`,
      ),
    );
    expect(r.out).toContain(`agreement after ${neg.rounds} round`);
    expect(r.out).toContain(`-> contract ${neg.contractId}`);
    expect(r.out).toMatch(/round\s+actor\s+action\s+quantity\s+delivery day\s+unit price/);
    expect(r.out).toMatch(/\saccept\s/);
    const json = JSON.parse((await scm(['inspect', db, '-n', neg.negId, '--json'])).out) as {
      actions: unknown[];
    };
    expect(json.actions).toHaveLength(neg.actions);
  });

  it('says how to keep offers when the run stored outcomes only', async () => {
    const db = await storeWithRuns(['a']);
    const r = await scm(['inspect', db, '--negotiation', 'n0']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('transcript: not stored');
    expect(r.out).toContain('--log-level offers');
  });

  it("shows a factory's day: its books, negotiations, contracts and faults", async () => {
    // Seed 'x' makes 00Ra@0 a RandDistOneShot factory on level 0.
    const db = await storeWithRuns(['x']);
    const r = await scm(['inspect', db, '--agent', '00Ra@0', '--day', '2']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('factory 00Ra@0 (RandDistOneShot, level 0, 10 lines) on day 2 of run 1');
    for (const part of ['balance ', 'negotiations: ', 'contracts signed: ', 'contracts due: ', 'faults: 0'])
      expect(r.out).toContain(part);
    const series = await scm(['inspect', db, '--agent', '00ra@0']);
    expect(series.out).toContain('day by day');
    expect(series.out.split('\n').filter((l) => /^\s*\d+\s+\d/.test(l))).toHaveLength(10);
  });

  it("follows a contract's life from negotiation to execution, and an exogenous one", async () => {
    const db = await storeWithRuns(['a']);
    const neg = firstAgreement(db);
    const r = await scm(['inspect', db, '--contract', neg.contractId]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      new RegExp(`^contract ${neg.contractId} of run 1: \\S+ sells \\d+ units of product 1 to \\S+`),
    );
    expect(r.out).toContain(`agreed in negotiation ${neg.negId} after ${neg.rounds} round`);
    expect(r.out).toMatch(/executed: goods and money changed hands|nullified/);
    const x = await scm(['inspect', db, '--contract', 'x0']);
    expect(x.out).toContain('SELLER sells');
    expect(x.out).toContain('exogenous');
  });

  it("shows the market's day with --day alone", async () => {
    const db = await storeWithRuns(['a']);
    const r = await scm(['inspect', db, '--day', '0']);
    expect(r.out).toMatch(/^day 0 of run 1: \d+ negotiations, \d+ agreements/);
    const json = JSON.parse((await scm(['inspect', db, '--day', '0', '--json'])).out) as {
      negotiations: unknown[];
    };
    expect(json.negotiations.length).toBeGreaterThan(0);
  });

  it('rejects unknown ids, names, days and conflicting options with exit code 2', async () => {
    const db = await storeWithRuns(['x']);
    const cases: [string[], string][] = [
      [['--negotiation', 'n999'], "run 1 has no negotiation 'n999'"],
      [['--contract', 'c999'], "run 1 has no contract 'c999'"],
      [['--agent', '00Ra@9'], "run 1 has no factory '00Ra@9'; did you mean"],
      [['--agent', '00Ra@0', '--day', '10'], 'there is no day 10'],
      [['--day', '42'], 'there is no day 42'],
      [['--day', '-1'], "expected a whole number >= 0, got '-1'"],
      [['--negotiation', 'n0', '--agent', '00Ra@0'], 'cannot be used with'],
      [['--run', '7', '--day', '0'], "there is no run 7 in '"],
      [['--bogus'], "unknown option '--bogus'"],
    ];
    for (const [args, message] of cases) {
      const r = await scm(['inspect', db, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err, args.join(' ')).toContain(message);
    }
  });
});

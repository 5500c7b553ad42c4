import { describe, expect, it } from 'vitest';
import { zeuthenConcession } from '../../../../agents/negotiators/zeuthen-concession.ts';
import { zeuthenNegotiator } from '../../../../agents/negotiators/zeuthen.ts';
import { createRng } from '../../../../src/core/rng.ts';
import { runTaskAllocation } from '../../../../src/experiments/run-task-allocation.ts';
import { SEED_STUDIES, type SeedStudy } from '../../../../worlds/task-allocation/seed-studies.ts';
import { taskAllocationProblem } from '../../../../worlds/task-allocation/task-allocation-problem.ts';
import { taskAllocationScenario } from '../../../../worlds/task-allocation/task-allocation-scenario.ts';

const [TWO, THREE] = SEED_STUDIES;
if (TWO === undefined || THREE === undefined) throw new Error('fixtures missing');

/** The transcript as C.2.5 writes it: proposals, risks to 3 decimals, conceder (1-based) → proposal. */
function rows(study: SeedStudy) {
  const { problem, result } = runTaskAllocation(study.scenario, {
    seed: 'x',
    ties: 'first',
    transcript: true,
  });
  return {
    result,
    rounds: result.transcript.map((r) => [
      r.proposals.map((p) => problem.label(p)).join(','),
      r.risks.map((x) => x.toFixed(3)).join(','),
      r.conceder < 0 ? '' : `${r.conceder + 1}->${problem.label(r.concession)}`,
    ]),
  };
}

describe('zeuthenNegotiator', () => {
  it('zeuthenNegotiator() reproduces the two-agent fixture of negotiation.md C.2.5 round by round', () => {
    const { result, rounds } = rows(TWO);
    expect(rounds).toEqual([
      ['1111,2222', '1.000,1.000', '1->1112'],
      ['1112,2222', '1.000,0.733', '2->1222'],
      ['1112,1222', '0.583,0.692', '1->1121'],
      ['1121,1222', '0.545,0.538', '2->1122'],
      ['1121,1122', '0.182,0.400', '1->1122'],
      ['1122,1122', '', ''],
    ]);
    expect(result).toMatchObject({ status: 'agreement', utilities: [9, 10], rounds: 6 });
  });

  it('zeuthenNegotiator() reproduces the three-agent fixture of C.2.5, fallback concessions included', () => {
    const { result, rounds } = rows(THREE);
    expect(rounds).toEqual([
      ['111,222,333', '1.000,1.000,1.000', '1->121'],
      ['121,222,333', '1.000,0.444,1.000', '2->223'],
      ['121,223,333', '1.000,0.375,0.556', '2->123'],
      ['121,123,333', '0.429,0.000,0.556', '1->123'],
      ['123,123,333', '0.000,0.000,0.556', '3->133'],
      ['123,123,133', '0.000,0.000,0.429', '3->123'],
      ['123,123,123', '', ''],
    ]);
    expect(result).toMatchObject({
      status: 'agreement',
      utilities: [4, 5, 4],
      rounds: THREE.expected.rounds,
    });
  });

  it('zeuthenNegotiator() opens with a most preferred option, drawing among ties', () => {
    const problem = taskAllocationProblem(
      taskAllocationScenario({
        income: [
          [1, 0],
          [0, 1],
        ],
      }),
    );
    // Agent 0 is indifferent about task 2 (income 0): "11" and "12" are both best for it.
    const opens = new Set(
      Array.from({ length: 12 }, (_, s) =>
        zeuthenNegotiator()
          .create({ problem, index: 0, rng: createRng(s) })
          .propose({ round: 1, proposals: [] }),
      ),
    );
    expect([...opens].map((k) => problem.label(k)).sort()).toEqual(['11', '12']);
    const first = zeuthenNegotiator({ ties: 'first' }).create({ problem, index: 0, rng: createRng(0) });
    expect(problem.label(first.propose({ round: 1, proposals: [] }))).toBe('11');
    expect(zeuthenNegotiator().name).toBe('zeuthen');
  });
});

describe('zeuthenConcession', () => {
  const problem = taskAllocationProblem(THREE.scenario);
  const k = (label: string): number => problem.options.findIndex((_, i) => problem.label(i) === label);

  it('zeuthenConcession() makes the minimal sufficient concession, best for the others among equals (eqs. 6-8)', () => {
    const next = zeuthenConcession(problem, [k('111'), k('222'), k('333')], { agent: 0, ties: 'first' });
    expect(problem.label(next as number)).toBe('121');
  });

  it('zeuthenConcession() falls back to the concession maximising its own recomputed risk', () => {
    const next = zeuthenConcession(problem, [k('121'), k('222'), k('333')], { agent: 1, ties: 'first' });
    expect(problem.label(next as number)).toBe('223');
  });

  it('zeuthenConcession() returns null when the agent cannot concede without dropping to conflict', () => {
    expect(
      zeuthenConcession(problem, [k('121'), k('123'), k('333')], { agent: 1, ties: 'first' }),
    ).toBeNull();
    // Without individual rationality it can: it gives its task away.
    expect(
      zeuthenConcession(problem, [k('121'), k('123'), k('333')], {
        agent: 1,
        ties: 'first',
        strictRationality: false,
      }),
    ).not.toBeNull();
  });

  it('zeuthenConcession() draws among equally good concessions from the stream, which it then needs', () => {
    const tied = taskAllocationProblem(
      taskAllocationScenario({
        income: [
          [2, 1, 1],
          [1, 1, 1],
        ],
      }),
    );
    const at = (label: string): number => tied.options.findIndex((_, i) => tied.label(i) === label);
    const picks = new Set(
      Array.from({ length: 16 }, (_, s) =>
        tied.label(
          zeuthenConcession(tied, [at('111'), at('222')], { agent: 0, rng: createRng(s) }) as number,
        ),
      ),
    );
    expect([...picks].sort()).toEqual(['112', '121']);
    expect(() => zeuthenConcession(tied, [at('111'), at('222')], { agent: 0 })).toThrow(/rng/);
  });
});

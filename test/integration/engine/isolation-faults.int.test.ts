import { afterAll, describe, expect, it } from 'vitest';
import { agentBudgets } from '../../../src/engine/isolation/agent-budgets.ts';
import type { IsolatedAgentType } from '../../../src/engine/isolation/isolate-agent-type.ts';
import { LeagueView } from '../../../worlds/base/league-view.ts';
import { createRng } from '../../../src/core/rng.ts';
import { handConfig } from '../../support/hand-config.ts';
import throwsInWorker from '../../support/isolation-agents/throws-in-worker.ts';
import {
  LOOP_BUDGETS,
  type IsolationFault,
  isolatedFor,
  runWorld,
  testAgent,
  withAgentAt,
} from './isolation-world.ts';

const started: IsolatedAgentType[] = [];
afterAll(() => {
  for (const t of started) t.dispose();
});

/** A 2x2 world of GreedyOneShot with the test agent on level 0, isolated; its faults are collected. */
function faultyWorld(
  file: string,
  name: string,
  options: Partial<Parameters<typeof isolatedFor>[1]> = {},
  nSteps = 4,
) {
  const early: IsolationFault[] = [];
  const type = isolatedFor(early, { spec: testAgent(file), name, ...options });
  started.push(type);
  const config = withAgentAt(handConfig({ agentTypes: ['GreedyOneShot'], perLevel: 2, nSteps }), 0, name);
  const run = runWorld(config, 'faults', [type]);
  // The world records isolation faults (timeouts, crashes) once it has the agent; faults raised while the
  // agent is being created (a load timeout) reach the hook set in create. Together: every isolation fault.
  const isIsolation = (f: { kind: string }): boolean => f.kind === 'timeout' || f.kind === 'crash';
  const isolationFaults: IsolationFault[] = [
    ...early,
    ...(run.faults.filter(isIsolation) as IsolationFault[]),
  ];
  return { ...run, faults: run.faults.filter((f) => !isIsolation(f)), isolationFaults, type };
}

describe('an isolated agent', () => {
  it('that loops for ever in propose is stopped at its per-call budget; the world goes on to the end', () => {
    const started = performance.now();
    const { hashes, isolationFaults, faults, type } = faultyWorld('loops-in-propose', 'LoopsInPropose', {
      sharing: 'agent',
      budgets: LOOP_BUDGETS,
    });
    expect(hashes).toHaveLength(4);
    expect(faults).toEqual([]);
    // Each of the two factories is stopped once, on day 1, in propose.
    expect(isolationFaults.map((f) => [f.day, f.callback, f.kind])).toEqual([
      [1, 'propose', 'timeout'],
      [1, 'propose', 'timeout'],
    ]);
    expect(isolationFaults[0]?.message).toMatch(
      /propose did not return within its budget of 200 ms per call/,
    );
    expect(new Set(isolationFaults.map((f) => f.agent)).size).toBe(2);
    expect(type.agents.every((a) => a?.alive === false)).toBe(true);
    // Two abandoned calls of ~200 ms, not a hang.
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('that shares its worker stops its siblings with it, each with a fault', () => {
    const { hashes, isolationFaults } = faultyWorld('loops-in-propose', 'LoopsInPropose', {
      budgets: LOOP_BUDGETS,
    });
    expect(hashes).toHaveLength(4);
    // The second factory learns at its next call (propose or respond) that its worker was stopped.
    expect(isolationFaults.map((f) => [f.day, f.kind])).toEqual([
      [1, 'timeout'],
      [1, 'timeout'],
    ]);
    expect(isolationFaults[0]?.callback).toBe('propose');
    expect(isolationFaults[1]?.message).toMatch(
      /^stopped with the other agents of its worker: propose did not return/,
    );
  });

  it('that allocates without bound dies at its memory limit; the fault says so and the world goes on', () => {
    const { hashes, isolationFaults } = faultyWorld('hogs-memory', 'HogsMemory', {
      memoryMb: 48,
      budgets: agentBudgets({ perCallMs: 20_000, loadMs: 30_000 }),
    });
    expect(hashes).toHaveLength(4);
    expect(isolationFaults[0]).toMatchObject({ day: 1, callback: 'propose', kind: 'crash' });
    expect(isolationFaults[0]?.message).toMatch(
      /died during propose, most likely at its memory limit of 48 MB/,
    );
  });

  it.each([0, 1])(
    "that throws at level %i has its exceptions recorded by the world exactly as an in-process agent's",
    (level) => {
      const faults: IsolationFault[] = [];
      const type = isolatedFor(faults, { spec: testAgent('throws-in-worker'), name: 'ThrowsInWorker' });
      started.push(type);
      const config = withAgentAt(
        handConfig({ agentTypes: ['GreedyOneShot'], perLevel: 2, nSteps: 2 }),
        level,
        'ThrowsInWorker',
      );
      const inWorkers = runWorld(config, 'faults', [type]);
      const inProcess = runWorld(config, 'faults', [throwsInWorker]);
      expect(faults).toEqual([]);
      expect(inWorkers.faults).toEqual(inProcess.faults);
      expect(inWorkers.hashes).toEqual(inProcess.hashes);
      const kinds = new Set(inWorkers.faults.map((f) => `${f.callback}/${f.kind}`));
      // Level 1 opens every negotiation (propose throws); level 0 answers (respond writes to its frozen profile).
      expect([...kinds].sort()).toEqual(
        level === 1 ? ['propose/exception', 'step/exception'] : ['respond/view-mutation', 'step/exception'],
      );
    },
  );

  it('is stopped at the world budget, and a negotiation over its budget ends alone', () => {
    const slow = faultyWorld(
      'slow-propose',
      'SlowPropose',
      {
        budgets: agentBudgets({ perCallMs: 1_000, perNegotiationMs: 100, perWorldMs: 60_000 }),
      },
      2,
    );
    // 40 ms per offer: the third offer to a partner passes 100 ms; the agent goes on with the others.
    const perNegotiation = slow.isolationFaults.filter((f) => f.message.includes('negotiation with'));
    expect(perNegotiation.length).toBeGreaterThan(0);
    expect(perNegotiation.every((f) => f.kind === 'timeout' && f.callback === 'propose')).toBe(true);
    expect(slow.type.agents.every((a) => a?.alive === false)).toBe(true); // disposed after the last day

    const world = faultyWorld(
      'slow-propose',
      'SlowPropose',
      {
        budgets: agentBudgets({ perCallMs: 1_000, perWorldMs: 300 }),
      },
      2,
    );
    expect(world.hashes).toHaveLength(2);
    const stopped = world.isolationFaults.filter((f) => f.message.includes('for the whole world'));
    expect(stopped.length).toBeGreaterThan(0);
    expect(stopped[0]?.kind).toBe('timeout');
  });

  it('that never finishes loading is stopped at its load budget, with a fault of create', () => {
    const { hashes, isolationFaults } = faultyWorld(
      'loops-at-load',
      'LoopsAtLoad',
      {
        budgets: agentBudgets({ perCallMs: 5_000, loadMs: 1_500 }),
      },
      2,
    );
    expect(hashes).toHaveLength(2);
    expect(isolationFaults.map((f) => [f.callback, f.kind])).toEqual([
      ['create', 'timeout'],
      ['create', 'timeout'],
    ]);
    expect(isolationFaults[0]?.message).toMatch(/did not load and start within 1500 ms/);
  });

  it('whose create throws is recorded by the world as a fault of create', () => {
    const { faults } = faultyWorld('throws-in-create', 'ThrowsInCreate', {}, 2);
    expect(faults.map((f) => [f.agent, f.callback, f.kind, f.message])).toEqual([
      ['00Gr@0', 'create', 'exception', '00Gr@0 refuses to start'],
      ['01Gr@0', 'create', 'exception', '01Gr@0 refuses to start'],
    ]);
  });

  it('reaches only its view: another thread, the same view API, its own stream, a copy of the data', () => {
    const { faults, world } = faultyWorld('spy', 'Spy', {}, 1);
    const report = JSON.parse(faults.find((f) => f.callback === 'init')?.message ?? '{}') as Record<
      string,
      unknown
    >;
    const names = Object.getOwnPropertyNames(LeagueView.prototype).filter((n) => n !== 'constructor');
    expect(report).toMatchObject({
      isMainThread: false,
      contextKeys: ['params', 'rng', 'ufun', 'view'],
      ownNames: [],
      protoNames: names.sort(),
      frozen: true,
      name: '00Gr@0',
      partners: ['02Gr@1', '03Gr@1'],
      catalogPrice0: 10,
      worldGlobals: [],
    });
    const rng = createRng('faults').derive('agent', '00Gr@0');
    expect(report['draws']).toEqual([rng.next(), rng.next()]);
    // Whatever the agent wrote into its copy, the world's data did not change.
    expect(world.config.catalogPrices[0]).toBe(10);
  });
});

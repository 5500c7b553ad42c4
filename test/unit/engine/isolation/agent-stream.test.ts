import { describe, expect, it } from 'vitest';
import { createRng, restoreRng } from '../../../../src/core/rng.ts';

// An isolated agent's worker rebuilds its stream with restoreRng(ctx.rng.saveState()) (agent-host.ts).
describe("an isolated agent's stream", () => {
  it('is the stream createRng(ctx.rng.seed) gives, the one LeagueWorld hands an in-process agent', () => {
    const inProcess = createRng('run-seed').derive('agent', '00Gr@0'); // league-world.ts: root.derive('agent', name)
    const inWorker = restoreRng(inProcess.saveState());
    const fromSeed = createRng(inProcess.seed);
    const draws = (r: ReturnType<typeof createRng>): number[] => [
      r.next(),
      r.int(1, 9),
      r.normal(),
      r.next(),
    ];
    const expected = draws(fromSeed);
    expect(draws(inWorker)).toEqual(expected);
    expect(draws(inProcess)).toEqual(expected);
    expect(inWorker.seed).toBe('run-seed/agent/00Gr@0');
  });

  it('continues where a stream stopped, should a world hand over one already drawn from', () => {
    const r = createRng('s');
    r.next();
    const copy = restoreRng(r.saveState());
    expect([copy.next(), copy.next()]).toEqual([r.next(), r.next()]);
  });
});

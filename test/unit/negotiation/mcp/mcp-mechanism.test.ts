import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../src/core/rng.ts';
import { McpMechanism } from '../../../../src/negotiation/mcp/mcp-mechanism.ts';
import { mcpProblem } from '../../../../src/negotiation/mcp/mcp-problem.ts';
import type { McpNegotiator, McpState } from '../../../../src/negotiation/mcp/mcp-types.ts';
import type { UtilityFunction } from '../../../../src/negotiation/utility-function.ts';

/** Three options, two agents: agent 0 prefers 0 > 1 > 2, agent 1 the reverse; conflict 0. */
const ufun = (values: readonly number[]): UtilityFunction<number> => ({
  reservedValue: 0,
  eval: (o) => (o === null ? 0 : (values[o] as number)),
});
const PROBLEM = mcpProblem([0, 1, 2], [ufun([3, 2, 1]), ufun([1, 2, 3])]);

/** A negotiator that opens with `open`, reports `risk` and concedes through `concede`. */
function scripted(open: number, risk: number, concede: (s: McpState) => number | null): McpNegotiator {
  return { propose: () => open, risk: () => risk, concede };
}

describe('McpMechanism', () => {
  it('McpMechanism agrees at once when a proposal suits everyone', () => {
    const m = new McpMechanism({
      problem: PROBLEM,
      negotiators: [scripted(1, 0, () => null), scripted(1, 0, () => null)],
      rng: createRng(1),
      transcript: true,
    });
    const r = m.run();
    expect(r.status).toBe('agreement');
    expect(r.agreement).toBe(1);
    expect(r.rounds).toBe(1);
    expect(r.utilities).toEqual([2, 2]);
    expect(r.transcript).toHaveLength(1);
  });

  it('McpMechanism asks the least risky agent to concede and the others repeat their proposals', () => {
    const asked: number[] = [];
    const m = new McpMechanism({
      problem: PROBLEM,
      negotiators: [
        scripted(0, 0.9, () => (asked.push(0), null)),
        scripted(2, 0.1, (s) => (asked.push(1), s.proposals[1] === 2 ? 1 : null)),
      ],
      rng: createRng(1),
      transcript: true,
    });
    const r = m.run();
    expect(asked).toEqual([1, 1, 0]); // round 1: agent 1 concedes; round 2: it cannot, agent 0 cannot either
    expect(r.transcript[0]).toMatchObject({ round: 1, proposals: [0, 2], conceder: 1, concession: 1 });
    // Round 2: proposals 0 and 1 — agent 0 keeps its proposal; agent 1 values its own 1 above 0: no agreement.
    expect(r.transcript[1]?.proposals).toEqual([0, 1]);
    expect(r.status).toBe('conflict');
  });

  it('McpMechanism passes to the next-least-risky agent when one cannot concede, and ends in conflict when none can', () => {
    const m = new McpMechanism({
      problem: PROBLEM,
      negotiators: [scripted(0, 0.5, () => null), scripted(2, 0.1, () => null)],
      rng: createRng(1),
    });
    const r = m.run();
    expect(r.status).toBe('conflict');
    expect(r.agreement).toBeNull();
    expect(r.utilities).toEqual([0, 0]);
  });

  it('McpMechanism ends with an error on a move that breaks the concession condition', () => {
    // Agent 1 "concedes" from 2 to 2: no change, so nobody is strictly better off.
    const m = new McpMechanism({
      problem: PROBLEM,
      negotiators: [scripted(0, 0.5, () => null), scripted(2, 0.1, () => 2)],
      rng: createRng(1),
    });
    const r = m.run();
    expect(r.status).toBe('error');
    expect(r.erredAgent).toBe(1);
    expect(r.errorMessage).toMatch(/^mcp\/invalid_concession/);
  });

  it('McpMechanism contains a negotiator exception and rejects proposals outside the option set', () => {
    const thrower: McpNegotiator = {
      propose: () => 0,
      risk: () => {
        throw new Error('boom');
      },
      concede: () => null,
    };
    const r1 = new McpMechanism({
      problem: PROBLEM,
      negotiators: [thrower, scripted(2, 0, () => null)],
      rng: createRng(1),
    }).run();
    expect(r1).toMatchObject({ status: 'error', erredAgent: 0, errorMessage: 'boom' });
    const r2 = new McpMechanism({
      problem: PROBLEM,
      negotiators: [scripted(7, 0, () => null), scripted(2, 0, () => null)],
      rng: createRng(1),
    }).run();
    expect(r2.status).toBe('error');
    expect(r2.errorMessage).toMatch(/^mcp\/invalid_proposal/);
  });

  it('McpMechanism breaks equal risks by index with ties first and by the stream otherwise', () => {
    const order = (ties: 'first' | 'random', seed: number): number => {
      const asked: number[] = [];
      new McpMechanism({
        problem: PROBLEM,
        negotiators: [
          scripted(0, 1, () => (asked.push(0), null)),
          scripted(2, 1, () => (asked.push(1), null)),
        ],
        rng: createRng(seed),
        ties,
      }).run();
      return asked[0] as number;
    };
    expect(order('first', 1)).toBe(0);
    const firsts = new Set(Array.from({ length: 20 }, (_, s) => order('random', s)));
    expect(firsts).toEqual(new Set([0, 1]));
  });

  it('McpMechanism times out at maxRounds and rejects a negotiator count that does not match the problem', () => {
    let next = 0;
    const r = new McpMechanism({
      problem: PROBLEM,
      negotiators: [scripted(0, 1, () => null), scripted(2, 0, () => (next === 0 ? ((next = 1), 1) : null))],
      rng: createRng(1),
      maxRounds: 1,
    }).run();
    expect(r.status).toBe('timedout');
    expect(
      () =>
        new McpMechanism({ problem: PROBLEM, negotiators: [scripted(0, 0, () => null)], rng: createRng(1) }),
    ).toThrow(RangeError);
  });

  it('McpMechanism.result() is only available after the end', () => {
    const m = new McpMechanism({
      problem: PROBLEM,
      negotiators: [scripted(0, 1, () => null), scripted(2, 0, () => 1)],
      rng: createRng(1),
    });
    expect(() => m.result()).toThrow();
    expect(m.step()).toBe(true);
    expect(m.round).toBe(2);
    expect(m.proposals).toEqual([0, 1]);
    expect(m.running).toBe(true);
  });
});

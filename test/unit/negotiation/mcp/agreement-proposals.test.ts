import { describe, expect, it } from 'vitest';
import { agreementProposals } from '../../../../src/negotiation/mcp/agreement-proposals.ts';
import { isConcession } from '../../../../src/negotiation/mcp/is-concession.ts';
import { mcpProblem } from '../../../../src/negotiation/mcp/mcp-problem.ts';

const P = mcpProblem(
  ['a', 'b', 'c'],
  [
    { reservedValue: 0, eval: (o) => (o === null ? 0 : ({ a: 3, b: 2, c: 2 }[o] ?? 0)) },
    { reservedValue: 0, eval: (o) => (o === null ? 0 : ({ a: 1, b: 2, c: 3 }[o] ?? 0)) },
  ],
  { label: (o) => o.toUpperCase() },
);

describe('agreementProposals', () => {
  it('agreementProposals() lists the proposals every agent values at least as its own (C.2.2 step 3)', () => {
    expect(agreementProposals(P, [0, 2])).toEqual([]);
    expect(agreementProposals(P, [1, 1])).toEqual([0, 1]);
    // Agent 0 proposes c (worth 2 to it), agent 1 proposes b (worth 2 to it): each suits both.
    expect(agreementProposals(P, [2, 1])).toEqual([0, 1]);
    expect(P.label(2)).toBe('C');
  });
});

describe('isConcession', () => {
  it('isConcession() needs every other agent weakly better off and one strictly (C.2.2 step 4)', () => {
    expect(isConcession(P, { agent: 0, from: 0, to: 1 })).toBe(true);
    expect(isConcession(P, { agent: 0, from: 1, to: 0 })).toBe(false);
    expect(isConcession(P, { agent: 0, from: 1, to: 1 })).toBe(false);
  });
});

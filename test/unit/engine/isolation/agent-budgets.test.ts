import { describe, expect, it } from 'vitest';
import { LEAGUE_BUDGETS, agentBudgets } from '../../../../src/engine/isolation/agent-budgets.ts';

describe('agentBudgets()', () => {
  it('defaults to the league limits of §13.2', () => {
    expect(agentBudgets()).toEqual(LEAGUE_BUDGETS);
    expect(LEAGUE_BUDGETS).toMatchObject({
      perCallMs: 20_000,
      perNegotiationMs: 60_000,
      perWorldMs: 900_000,
    });
  });

  it('replaces only the budgets given', () => {
    expect(agentBudgets({ perCallMs: 200 })).toEqual({ ...LEAGUE_BUDGETS, perCallMs: 200 });
  });

  it('rejects budgets that are not positive', () => {
    expect(() => agentBudgets({ perCallMs: 0 })).toThrow(/perCallMs must be a positive number/);
    expect(() => agentBudgets({ perWorldMs: Number.NaN })).toThrow(/perWorldMs/);
  });
});

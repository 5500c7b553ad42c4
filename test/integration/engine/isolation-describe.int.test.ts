import { describe, expect, it } from 'vitest';
import { describeAgentSpec } from '../../../src/engine/isolation/describe-agent-spec.ts';
import { BUILTINS, testAgent } from './isolation-world.ts';

describe('describeAgentSpec()', () => {
  it('tells the name, description and worlds of a file agent and of a built-in, loaded in a worker', () => {
    expect(describeAgentSpec(testAgent('spy'))).toEqual({
      name: 'Spy',
      description: 'test agent: reports what its context exposes',
      worlds: ['oneshot'],
    });
    expect(describeAgentSpec('greedystd', { builtins: BUILTINS })).toMatchObject({
      name: 'GreedyStd',
      worlds: ['std'],
    });
  });

  it('throws what loading threw, and gives up on a file that never loads', () => {
    expect(() => describeAgentSpec('/no/such/agent.ts')).toThrow('agent file not found: /no/such/agent.ts');
    expect(() => describeAgentSpec(testAgent('loops-at-load'), { loadMs: 1_000 })).toThrow(
      /did not load within 1000 ms/,
    );
  });
});

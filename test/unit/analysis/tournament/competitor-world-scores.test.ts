import { describe, expect, it } from 'vitest';
import { competitorWorldScores } from '../../../../analysis/tournament/competitor-world-scores.ts';

describe('competitorWorldScores()', () => {
  const scores = [
    { runId: 1, agentType: 'A', score: 1.1 },
    { runId: 1, agentType: 'A', score: 0.9 },
    { runId: 1, agentType: 'F', score: 1.0 },
    { runId: 2, agentType: 'A', score: 1.2 },
    { runId: 2, agentType: 'B', score: 0.8 },
  ];

  it('sums the scores of a type within a world and keeps only the competitors', () => {
    expect(competitorWorldScores(scores, ['A', 'B'])).toEqual([
      { agentType: 'A', score: 2 },
      { agentType: 'A', score: 1.2 },
      { agentType: 'B', score: 0.8 },
    ]);
  });

  it('keeps every type when no competitors are named', () => {
    expect(competitorWorldScores(scores, null).map((s) => s.agentType)).toEqual(['A', 'F', 'A', 'B']);
  });
});

describe('competitorWorldScores() and fillers', () => {
  it('leaves out filler factories (_df_...) of a competitor type that was also drawn as a filler', () => {
    const rows = competitorWorldScores(
      [
        { runId: 1, agent: '03Gr@0', agentType: 'GreedyOneShot', score: 1.1 },
        { runId: 1, agent: '_df_0_1', agentType: 'GreedyOneShot', score: 0.5 },
        { runId: 1, agent: '04Ni@1', agentType: 'Nice', score: 0.9 },
      ],
      ['GreedyOneShot', 'Nice'],
    );
    expect(rows).toEqual([
      { agentType: 'GreedyOneShot', score: 1.1 },
      { agentType: 'Nice', score: 0.9 },
    ]);
  });
});

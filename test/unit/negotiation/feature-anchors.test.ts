import { describe, expect, it } from 'vitest';
import { featureAnchors } from '../../../src/negotiation/feature-anchors.ts';

describe('featureAnchors', () => {
  it('featureAnchors() finds ω⁺ and ω⁻, preferring the other side on ties', () => {
    const vectors = [
      [1, 0.1],
      [1, 0.3], // ω⁺: our best, better for the opponent than [1, 0.1]
      [0.2, 1],
      [0.4, 1], // ω⁻
    ];
    expect(featureAnchors(vectors)).toEqual({
      ownMax: 1,
      opponentMax: 1,
      opponentAtOwnBest: 0.3,
      ownAtOpponentBest: 0.4,
    });
    expect(featureAnchors(vectors, { own: 1, opponent: 0 })).toEqual({
      ownMax: 1,
      opponentMax: 1,
      opponentAtOwnBest: 0.4,
      ownAtOpponentBest: 0.3,
    });
  });

  it('featureAnchors() rejects empty lists and missing positions', () => {
    expect(() => featureAnchors([])).toThrow(RangeError);
    expect(() => featureAnchors([[1]])).toThrow(RangeError);
  });
});

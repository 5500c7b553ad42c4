import { describe, expect, it } from 'vitest';
import { discreteIssue } from '../../../src/negotiation/issue.ts';
import { MappingUtility } from '../../../src/negotiation/mapping-utility.ts';
import { opponentFeatures } from '../../../src/negotiation/opponent-features.ts';

// One issue x ∈ 0…4: we get x/4 · 2 (max 2, normalised to x/4), the opponent gets 1 − x/5 (max 1).
const issue = discreteIssue('x', [0, 1, 2, 3, 4]);
const outcomes = issue.kind === 'discrete' ? issue.values.map((x) => ({ x })) : [];
const own = new MappingUtility((o) => (Number(o['x']) / 4) * 2, { reservedValue: 0.5 });
const opp = new MappingUtility((o) => 1 - Number(o['x']) / 5);
// ω⁺ = x 4: u_o(ω⁺) = 0.2. ω⁻ = x 0: u(ω⁻) = 0.

describe('opponentFeatures', () => {
  it('opponentFeatures() gives CR from the lowest and AR from the mean opponent utility (B.7.3)', () => {
    const f = opponentFeatures(own, opp, {
      outcomes,
      opponentOffers: [{ x: 0 }, { x: 2 }],
      agreement: { x: 2 },
    });
    // lowest u_o = 0.6 → CR = 0.4/0.8; mean u_o = 0.8 → AR = 0.2/0.8; DCP = (0.5 − 0)/(1 − 0).
    expect(f.cr).toBeCloseTo(0.5, 12);
    expect(f.ar).toBeCloseTo(0.25, 12);
    expect(f.dcp).toBeCloseTo(0.5, 12);
  });

  it('opponentFeatures() caps CR and AR at 1 once the opponent offered our best', () => {
    const f = opponentFeatures(own, opp, { outcomes, opponentOffers: [{ x: 4 }], agreement: { x: 4 } });
    expect(f).toEqual({ cr: 1, ar: 1, dcp: 1 });
  });

  it('opponentFeatures() scores no agreement at our reserved value and has no CR without offers', () => {
    const f = opponentFeatures(own, opp, { outcomes, opponentOffers: [], agreement: null });
    expect(f.cr).toBeNull();
    expect(f.ar).toBeNull();
    expect(f.dcp).toBeCloseTo(0.25, 12); // r = 0.5 on a max of 2
  });

  it('opponentFeatures() gives DCP 0 at or below our utility of the opponent best', () => {
    const mine = new MappingUtility((o) => 0.5 + Number(o['x']) / 8);
    const f = opponentFeatures(mine, opp, { outcomes, opponentOffers: [], agreement: { x: 0 } });
    expect(f.dcp).toBe(0);
    const g = opponentFeatures(mine, opp, { outcomes, opponentOffers: [], agreement: { x: 2 } });
    expect(g.dcp).toBeCloseTo((0.75 - 0.5) / (1 - 0.5), 12);
  });

  it('opponentFeatures() needs anchors or outcomes', () => {
    expect(() => opponentFeatures(own, opp, { opponentOffers: [], agreement: null })).toThrow(RangeError);
  });
});

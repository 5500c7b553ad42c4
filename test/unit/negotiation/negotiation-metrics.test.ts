import { describe, expect, it } from 'vitest';
import { type Outcome, discreteIssue } from '../../../src/negotiation/issue.ts';
import { MappingUtility } from '../../../src/negotiation/mapping-utility.ts';
import { negotiationMetrics } from '../../../src/negotiation/negotiation-metrics.ts';
import { OutcomeSpace } from '../../../src/negotiation/outcome-space.ts';
import { SaoMechanism } from '../../../src/negotiation/sao-mechanism.ts';
import type { SaoNegotiator } from '../../../src/negotiation/sao-types.ts';
import { scenarioStats } from '../../../src/negotiation/scenario-stats.ts';

// A split of 10 units: party 0 gets x/10, party 1 gets (10 − x)/10; reserved values 0.2 and 0.1.
const space = new OutcomeSpace([discreteIssue('x', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])]);
const outcomes = space.enumerate();
const u0 = new MappingUtility((o) => Number(o['x']) / 10, { reservedValue: 0.2 });
const u1 = new MappingUtility((o) => (10 - Number(o['x'])) / 10, { reservedValue: 0.1 });

/** Offers the scripted values in turn; accepts when the standing offer's x is in `accepts`. */
function scripted(offers: number[], accepts: number[] = []): SaoNegotiator<Outcome> {
  let k = 0;
  return {
    propose: () => ({ x: offers[Math.min(k++, offers.length - 1)] as number }),
    respond: (_s, offer) => (accepts.includes(Number(offer['x'])) ? 'accept' : 'reject'),
  };
}

function run(a: SaoNegotiator<Outcome>, b: SaoNegotiator<Outcome>, nSteps = 10) {
  return new SaoMechanism<Outcome>({
    negotiators: [a, b],
    nSteps,
    isValid: (o) => space.contains(o),
    transcript: true,
  }).run();
}

describe('negotiationMetrics', () => {
  it('negotiationMetrics() scores an agreement: utilities, advantages, welfare, distances, timing', () => {
    // Round 0: 0 offers 9, 1 counters 3; round 1: 0 offers 7, 1 counters 5; round 2: 0 accepts 5.
    const result = run(scripted([9, 7], [5]), scripted([3, 5]));
    const m = negotiationMetrics(result, [u0, u1], { outcomes });
    expect(m.agreed).toBe(true);
    expect(m.agreement).toEqual({ x: 5 });
    expect(m.utilities).toEqual([0.5, 0.5]);
    expect(m.advantages[0]).toBeCloseTo((0.5 - 0.2) / 0.8, 12);
    expect(m.advantages[1]).toBeCloseTo((0.5 - 0.1) / 0.9, 12);
    expect(m.welfare).toBeCloseTo(0.5, 12);
    expect(m.socialWelfare).toBeCloseTo(1, 12);
    expect(m.gainsFromTrade).toBeCloseTo(0.7, 12);
    expect(m.paretoDistance).toBeCloseTo(0, 12);
    expect(m.nashDistance).not.toBeNull();
    expect(m.rounds).toBe(result.rounds);
    expect(m.agreementRound).toBe(result.rounds - 1);
    expect(m.agreementTime).toBe(result.relativeTime);
    expect(m.agreementSpeed).toBeCloseTo(1 - result.relativeTime, 12);
  });

  it('negotiationMetrics() computes CR, AR and DCP from each side with true utilities', () => {
    const result = run(scripted([9, 7], [5]), scripted([3, 5]));
    const stats = scenarioStats([u0, u1], outcomes);
    const m = negotiationMetrics(result, [u0, u1], { stats });
    // Party 0 sees party 1's offers 3 and 5: u_1 = 0.7 and 0.5, ω⁺ for 0 is x = 10 (u_1 = 0).
    const [f0, f1] = m.features;
    expect(f0?.cr).toBeCloseTo(0.5, 12);
    expect(f0?.ar).toBeCloseTo(0.4, 12);
    expect(f0?.dcp).toBeCloseTo(0.5, 12); // ω⁻ for 0 is x = 0 (u_0 = 0)
    // Party 1 sees party 0's offers 9 and 7: u_0 = 0.9 and 0.7.
    expect(f1?.cr).toBeCloseTo(0.3, 12);
    expect(f1?.ar).toBeCloseTo(0.2, 12);
    expect(f1?.dcp).toBeCloseTo(0.5, 12);
  });

  it('negotiationMetrics() scores a failed negotiation at the reserved values', () => {
    const result = run(scripted([10]), scripted([0]), 4);
    expect(result.status).toBe('timedout');
    const m = negotiationMetrics(result, [u0, u1], { outcomes });
    expect(m.agreed).toBe(false);
    expect(m.utilities).toEqual([0.2, 0.1]);
    expect(m.advantages).toEqual([0, 0]);
    expect(m.gainsFromTrade).toBe(0);
    expect(m.paretoDistance).toBeNull();
    expect(m.nashDistance).toBeNull();
    expect(m.agreementRound).toBeNull();
    expect(m.agreementSpeed).toBe(0);
    expect(m.features[0]?.cr).toBe(1 - 1); // party 1 only offered its own best: no concession
    expect(m.features[0]?.dcp).toBeCloseTo(0.2, 12);
  });

  it('negotiationMetrics() measures the distance of a dominated agreement to the frontier', () => {
    const low = new MappingUtility((o) => (Number(o['x']) === 5 ? 0.3 : Number(o['x']) / 10), {
      reservedValue: 0,
    });
    const result = run(scripted([5]), scripted([5], [5]));
    const m = negotiationMetrics(result, [low, u1], { outcomes });
    // (0.3, 0.5) is dominated by (0.4, 0.6)… nearest frontier point is (0.4, 0.6) at distance √0.02.
    expect(m.paretoDistance).toBeCloseTo(Math.SQRT2 / 10, 12);
  });

  it('negotiationMetrics() needs stats or outcomes of the right shape', () => {
    const result = run(scripted([5]), scripted([5], [5]));
    expect(() => negotiationMetrics(result, [u0, u1])).toThrow(RangeError);
    const stats = scenarioStats([u0], outcomes);
    expect(() => negotiationMetrics(result, [u0, u1], { stats })).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { SaoMechanism } from '../../../src/negotiation/sao-mechanism.ts';
import type { SaoNegotiator, SaoResponse } from '../../../src/negotiation/sao-types.ts';

type O = { readonly x: number };
const valid = (o: O): boolean => typeof o?.x === 'number' && o.x >= 0 && o.x <= 9;

/** A negotiator that plays a fixed script of responses and offers. */
function scripted(offers: (O | null)[], responses: SaoResponse[] = []): SaoNegotiator<O> {
  let p = 0;
  let r = 0;
  return {
    propose: () => offers[Math.min(p++, offers.length - 1)] ?? null,
    respond: () => responses[Math.min(r++, responses.length - 1)] ?? 'reject',
  };
}

describe('SaoMechanism', () => {
  it('concludes when the responder accepts the opening offer in round 0', () => {
    const m = new SaoMechanism<O>({
      negotiators: [scripted([{ x: 3 }]), scripted([], ['accept'])],
      nSteps: 5,
      isValid: valid,
    });
    const r = m.run();
    expect(r.status).toBe('agreement');
    expect(r.agreement).toEqual({ x: 3 });
    expect(r.rounds).toBe(1);
  });

  it('carries the counter-offer with a rejection and lets the opener accept it next round', () => {
    const m = new SaoMechanism<O>({
      negotiators: [scripted([{ x: 1 }], ['accept']), scripted([{ x: 7 }], ['reject'])],
      nSteps: 5,
      isValid: valid,
      transcript: true,
    });
    const r = m.run();
    expect(r.agreement).toEqual({ x: 7 });
    expect(r.rounds).toBe(2);
    expect(r.transcript.map((a) => `${a.round}:${a.actor}:${a.kind}`)).toEqual([
      '0:0:offer',
      '0:1:offer',
      '1:0:accept',
    ]);
  });

  it('times out on the step after the last round, after n full rounds', () => {
    const m = new SaoMechanism<O>({
      negotiators: [scripted([{ x: 1 }]), scripted([{ x: 8 }])],
      nSteps: 3,
      isValid: valid,
    });
    let steps = 0;
    while (m.step()) steps++;
    expect(steps).toBe(3); // three rounds played; the fourth call ends it
    expect(m.result().status).toBe('timedout');
    expect(m.result().rounds).toBe(3);
  });

  it('breaks when a party walks away or counters with nothing', () => {
    const ended = new SaoMechanism<O>({
      negotiators: [scripted([{ x: 1 }]), scripted([], ['end'])],
      nSteps: 5,
      isValid: valid,
    }).run();
    expect(ended.status).toBe('broken');
    const noCounter = new SaoMechanism<O>({
      negotiators: [scripted([{ x: 1 }]), scripted([null])],
      nSteps: 5,
      isValid: valid,
    }).run();
    expect(noCounter.status).toBe('broken');
  });

  it('refuses an offer outside the outcome space by breaking the negotiation', () => {
    const r = new SaoMechanism<O>({
      negotiators: [scripted([{ x: 42 }]), scripted([], ['accept'])],
      nSteps: 5,
      isValid: valid,
      transcript: true,
    }).run();
    expect(r.status).toBe('broken');
    expect(r.transcript[0]?.kind).toBe('invalid');
  });

  it('ends with status error when a negotiator throws, and the caller survives', () => {
    const thrower: SaoNegotiator<O> = {
      propose: () => {
        throw new Error('boom');
      },
      respond: () => 'reject',
    };
    const r = new SaoMechanism<O>({
      negotiators: [thrower, scripted([{ x: 1 }])],
      nSteps: 5,
      isValid: valid,
    }).run();
    expect(r.status).toBe('error');
    expect(r.erredNegotiator).toBe(0);
    expect(r.errorMessage).toBe('boom');
  });

  it('resumes a round paused by WAIT without advancing the round counter', () => {
    const responder = scripted([{ x: 5 }], ['wait', 'reject']);
    const m = new SaoMechanism<O>({
      negotiators: [scripted([{ x: 1 }], ['accept']), responder],
      nSteps: 5,
      isValid: valid,
    });
    expect(m.step()).toBe(true);
    expect(m.round).toBe(0);
    expect(m.step()).toBe(true);
    expect(m.round).toBe(1);
    expect(m.run().agreement).toEqual({ x: 5 });
  });

  it('times out after more consecutive WAITs than maxWait', () => {
    const r = new SaoMechanism<O>({
      negotiators: [scripted([{ x: 1 }]), scripted([], ['wait'])],
      nSteps: 5,
      isValid: valid,
      maxWait: 3,
    }).run();
    expect(r.status).toBe('timedout');
  });

  it('tells negotiators the relative time (step + 1) / (n + 1)', () => {
    const times: number[] = [];
    const watcher: SaoNegotiator<O> = {
      propose: (s) => (times.push(s.relativeTime), { x: 1 }),
      respond: (s) => (times.push(s.relativeTime), 'reject'),
    };
    new SaoMechanism<O>({ negotiators: [watcher, scripted([{ x: 2 }])], nSteps: 3, isValid: valid }).run();
    expect(times[0]).toBe(1 / 4);
    expect(times.at(-1)).toBe(3 / 4);
  });
});

import { describe, expect, it } from 'vitest';
import { convexPolygon } from '../../../../src/negotiation/ermp/convex-polygon.ts';
import type { Point } from '../../../../src/negotiation/ermp/point.ts';
import type { RegionNegotiator, RegionResponse } from '../../../../src/negotiation/ermp/region-types.ts';
import { runRegionNegotiation } from '../../../../src/negotiation/ermp/run-region-negotiation.ts';

const box = (x0: number, x1: number) =>
  convexPolygon([
    { x: x0, y: 0 },
    { x: x1, y: 0 },
    { x: x1, y: 1 },
    { x: x0, y: 1 },
  ]);
const A = box(0, 2);
const B = box(1, 3);

/** Offers the listed points in turn and accepts anything inside `area`. */
function scripted(points: readonly (Point | null)[], area = A): RegionNegotiator {
  let k = 0;
  return {
    open: () => points[k++] ?? null,
    respond(q: Point): RegionResponse {
      if (area.contains(q)) return { kind: 'accept' };
      const p = points[k++];
      return p === undefined || p === null ? { kind: 'end' } : { kind: 'offer', point: p };
    },
  };
}

describe('runRegionNegotiation', () => {
  it('runRegionNegotiation() ends in agreement when an offer lands in the other area and counts pairs of proposals', () => {
    const r = runRegionNegotiation(
      [
        scripted(
          [
            { x: 0.5, y: 0.5 },
            { x: 1.5, y: 0.5 },
          ],
          A,
        ),
        scripted([{ x: 2.5, y: 0.5 }], B),
      ],
      { areas: [A, B], transcript: true },
    );
    expect(r).toMatchObject({
      status: 'agreement',
      agreement: { x: 1.5, y: 0.5 },
      proposals: 3,
      interactions: 2,
      actor: 1,
    });
    expect(r.transcript.map((o) => o.by)).toEqual([0, 1, 0]);
  });

  it('runRegionNegotiation() ends when an agent gives up, and times out at the cap', () => {
    const ended = runRegionNegotiation([scripted([{ x: 0.5, y: 0.5 }], A), scripted([], B)]);
    expect(ended).toMatchObject({ status: 'ended', actor: 1, proposals: 1 });
    const forever = (area: typeof A, p: Point): RegionNegotiator => ({
      open: () => p,
      respond: (q) => (area.contains(q) ? { kind: 'accept' } : { kind: 'offer', point: p }),
    });
    const capped = runRegionNegotiation([forever(A, { x: 0.1, y: 0.1 }), forever(B, { x: 2.9, y: 0.9 })], {
      maxInteractions: 3,
    });
    expect(capped).toMatchObject({ status: 'timedout', proposals: 6, interactions: 3 });
  });

  it('runRegionNegotiation() reports dishonest offers, rejected acceptable offers and exceptions as errors', () => {
    const liar = runRegionNegotiation([scripted([{ x: 2.5, y: 0.5 }], A), scripted([], B)], {
      areas: [A, B],
    });
    expect(liar.errorMessage).toMatch(/^region\/dishonest_offer/);
    const stubborn: RegionNegotiator = {
      open: () => null,
      respond: () => ({ kind: 'offer', point: { x: 2.5, y: 0.5 } }),
    };
    const r = runRegionNegotiation([scripted([{ x: 1.5, y: 0.5 }], A), stubborn], { areas: [A, B] });
    expect(r.errorMessage).toMatch(/^region\/rejected_acceptable/);
    const thrower: RegionNegotiator = {
      open: () => {
        throw new Error('no');
      },
      respond: () => ({ kind: 'end' }),
    };
    expect(runRegionNegotiation([thrower, stubborn])).toMatchObject({
      status: 'error',
      actor: 0,
      errorMessage: 'no',
    });
  });
});

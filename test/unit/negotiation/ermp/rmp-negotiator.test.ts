import { describe, expect, it } from 'vitest';
import { ermpIntegratedNegotiator } from '../../../../agents/negotiators/ermp-integrated.ts';
import { rmpNegotiator } from '../../../../agents/negotiators/rmp.ts';
import { createRng } from '../../../../src/core/rng.ts';
import { convexPolygon } from '../../../../src/negotiation/ermp/convex-polygon.ts';
import type { ConvexRegion } from '../../../../src/negotiation/ermp/convex-region.ts';
import { ellipseRegion } from '../../../../src/negotiation/ermp/ellipse-region.ts';
import type { RegionNegotiatorFactory } from '../../../../src/negotiation/ermp/region-types.ts';
import { runRegionNegotiation } from '../../../../src/negotiation/ermp/run-region-negotiation.ts';

const A = convexPolygon([
  { x: 0, y: 0 },
  { x: 4, y: 0 },
  { x: 4, y: 4 },
  { x: 0, y: 4 },
]);
const B = convexPolygon([
  { x: 3, y: 1 },
  { x: 8, y: 1 },
  { x: 8, y: 3 },
  { x: 3, y: 3 },
]);
const FAR = convexPolygon([
  { x: 10, y: 10 },
  { x: 12, y: 10 },
  { x: 12, y: 12 },
]);

function negotiate(
  fs: readonly [RegionNegotiatorFactory, RegionNegotiatorFactory],
  areas: readonly [ConvexRegion, ConvexRegion],
  seed: string,
) {
  const rng = createRng(seed);
  return runRegionNegotiation(
    [
      fs[0].create({ region: areas[0], rng: rng.derive(0) }),
      fs[1].create({ region: areas[1], rng: rng.derive(1) }),
    ],
    { areas, transcript: true },
  );
}

const RMP = [rmpNegotiator({ role: 'vertex' }), rmpNegotiator({ role: 'free' })] as const;

describe('rmpNegotiator', () => {
  it('rmpNegotiator() vertex-bound agent offers only its vertices, each once', () => {
    for (const seed of ['1', '2', '3']) {
      const r = negotiate(RMP, [A, B], seed);
      expect(r.status).toBe('agreement');
      const own = r.transcript.filter((o) => o.by === 0).map((o) => `${o.point.x},${o.point.y}`);
      expect(own.every((p) => A.vertices.some((v) => `${v.x},${v.y}` === p))).toBe(true);
      expect(new Set(own).size).toBe(own.length);
    }
  });

  it('rmpNegotiator() vertex-bound agent proves "no agreement" within its vertex count when the areas are disjoint', () => {
    const r = negotiate(RMP, [A, FAR], 'far');
    expect(r.status).toBe('ended');
    expect(r.actor).toBe(0);
    expect(r.transcript.filter((o) => o.by === 0).length).toBeLessThanOrEqual(A.vertices.length);
  });

  it('rmpNegotiator() cannot bind an area without vertices (C.1.2 limit iv)', () => {
    const disc = ellipseRegion({ center: { x: 0, y: 0 }, radii: { x: 1, y: 1 } });
    expect(() => rmpNegotiator({ role: 'vertex' }).create({ region: disc, rng: createRng(1) })).toThrow(
      RangeError,
    );
    expect(rmpNegotiator({ role: 'free', order: 'nearest' }).name).toBe('rmp-free');
  });
});

describe('ermpIntegratedNegotiator', () => {
  const integrated = (sign: number) =>
    ermpIntegratedNegotiator({ margin: 0.5, preference: (p) => sign * p.x, preferredCount: 2, ermpSteps: 3 });

  it('ermpIntegratedNegotiator() opens with its most preferred vertex and reaches an agreement', () => {
    const r = negotiate([integrated(-1), integrated(1)], [A, B], 'i');
    expect(r.transcript[0]?.point.x).toBe(0); // agent 0 prefers small x
    expect(r.status).toBe('agreement');
    const p = r.agreement;
    expect(p !== null && A.contains(p) && B.contains(p)).toBe(true);
  });

  it('ermpIntegratedNegotiator() stops after its bounded search when no agreement exists', () => {
    const r = negotiate([integrated(-1), integrated(1)], [A, FAR], 'stop');
    expect(r.status).toBe('ended');
    // 2 preferred vertices, 2 × 3 local steps, 2 other vertices, 1 + 3 last-chance offers at most.
    expect(r.transcript.filter((o) => o.by === 0).length).toBeLessThanOrEqual(2 + 6 + 2 + 4);
  });
});

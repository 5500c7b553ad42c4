import { describe, expect, it } from 'vitest';
import { ermpNegotiator } from '../../../../agents/negotiators/ermp.ts';
import { createRng } from '../../../../src/core/rng.ts';
import { convexPolygon } from '../../../../src/negotiation/ermp/convex-polygon.ts';
import type { ConvexRegion } from '../../../../src/negotiation/ermp/convex-region.ts';
import { ellipseRegion } from '../../../../src/negotiation/ermp/ellipse-region.ts';
import { membershipRegion } from '../../../../src/negotiation/ermp/membership-region.ts';
import { normalizedRegion } from '../../../../src/negotiation/ermp/normalized-region.ts';
import { runRegionNegotiation } from '../../../../src/negotiation/ermp/run-region-negotiation.ts';
import { unionBox } from '../../../../src/negotiation/ermp/union-box.ts';
import { FRUIT_MARKET } from '../../../../worlds/fruit-market/fruit-market.ts';

function negotiate(areas: readonly [ConvexRegion, ConvexRegion], seed: string, margin: number, grid = false) {
  const f = ermpNegotiator({ margin, grid });
  const rng = createRng(seed);
  return runRegionNegotiation(
    [f.create({ region: areas[0], rng: rng.derive(0) }), f.create({ region: areas[1], rng: rng.derive(1) })],
    { areas, transcript: true },
  );
}

const FRUIT = FRUIT_MARKET.areas.map((a) => normalizedRegion(a, unionBox(FRUIT_MARKET.areas))) as [
  ConvexRegion,
  ConvexRegion,
];

describe('ermpNegotiator', () => {
  it('ermpNegotiator() agrees on the fruit market on a point inside both areas', () => {
    for (const seed of ['a', 'b', 'c', 'd']) {
      const r = negotiate(FRUIT, seed, 0.1);
      expect(r.status).toBe('agreement');
      const p = r.agreement;
      expect(p !== null && FRUIT[0].contains(p) && FRUIT[1].contains(p)).toBe(true);
    }
  });

  it('ermpNegotiator() steps by ε toward the opponent from its second proposal on', () => {
    const r = negotiate(FRUIT, 'walk', 0.05);
    const own = r.transcript.filter((o) => o.by === 0).map((o) => o.point);
    // Each step is ε long unless it hit the opponent's segment or restarted at random; most are ε.
    const steps = own.slice(1).map((p, i) => Math.hypot(p.x - (own[i]?.x ?? 0), p.y - (own[i]?.y ?? 0)));
    expect(steps.filter((d) => Math.abs(d - 0.05) < 1e-9).length).toBeGreaterThan(0);
  });

  it('ermpNegotiator() handles regions without vertices: ellipses and membership tests', () => {
    const disc = ellipseRegion({ center: { x: 0, y: 0 }, radii: { x: 1, y: 1 } });
    const blob = membershipRegion({
      contains: (p) => (p.x - 1.5) ** 2 + p.y ** 2 <= 1,
      bounds: { min: { x: 0.5, y: -1 }, max: { x: 2.5, y: 1 } },
    });
    const r = negotiate([disc, blob], 'round', 0.3);
    expect(r.status).toBe('agreement');
  });

  it('ermpNegotiator() with a grid offers only grid nodes and each at most once', () => {
    const a = convexPolygon([
      { x: 0, y: 0 },
      { x: 4, y: 0 },
      { x: 4, y: 4 },
      { x: 0, y: 4 },
    ]);
    const b = convexPolygon([
      { x: 3, y: 3 },
      { x: 7, y: 3 },
      { x: 7, y: 7 },
      { x: 3, y: 7 },
    ]);
    const r = negotiate([a, b], 'grid', 0.5, true);
    expect(r.status).toBe('agreement');
    const offers = r.transcript.filter((o) => o.by === 0).map((o) => `${o.point.x},${o.point.y}`);
    expect(new Set(offers).size).toBe(offers.length);
    expect(
      r.transcript.every((o) => Number.isInteger(o.point.x * 2) && Number.isInteger(o.point.y * 2)),
    ).toBe(true);
  });

  it('ermpNegotiator() is deterministic for a seed and rejects a non-positive margin', () => {
    expect(negotiate(FRUIT, 'same', 0.1)).toEqual(negotiate(FRUIT, 'same', 0.1));
    expect(() => ermpNegotiator({ margin: 0 })).toThrow(RangeError);
    expect(ermpNegotiator({ margin: 1, grid: true }).name).toBe('ermp-grid');
  });
});

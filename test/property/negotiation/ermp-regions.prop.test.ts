import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ermpNegotiator } from '../../../agents/negotiators/ermp.ts';
import { rmpNegotiator } from '../../../agents/negotiators/rmp.ts';
import { createRng } from '../../../src/core/rng.ts';
import { convexPolygon } from '../../../src/negotiation/ermp/convex-polygon.ts';
import type { ConvexRegion } from '../../../src/negotiation/ermp/convex-region.ts';
import { ellipseRegion } from '../../../src/negotiation/ermp/ellipse-region.ts';
import { projectionShadow } from '../../../src/negotiation/ermp/projection-shadow.ts';
import type { RegionNegotiatorFactory } from '../../../src/negotiation/ermp/region-types.ts';
import { runRegionNegotiation } from '../../../src/negotiation/ermp/run-region-negotiation.ts';

/** A random convex area in [0, 10]²: a rectangle, a regular polygon or an ellipse. */
const area: fc.Arbitrary<ConvexRegion> = fc.oneof(
  fc
    .record({
      x: fc.double({ min: 0, max: 8, noNaN: true }),
      y: fc.double({ min: 0, max: 8, noNaN: true }),
      w: fc.double({ min: 0.5, max: 6, noNaN: true }),
      h: fc.double({ min: 0.5, max: 6, noNaN: true }),
    })
    .map(({ x, y, w, h }) =>
      convexPolygon([
        { x, y },
        { x: x + w, y },
        { x: x + w, y: y + h },
        { x, y: y + h },
      ]),
    ),
  fc
    .record({
      cx: fc.double({ min: 2, max: 8, noNaN: true }),
      cy: fc.double({ min: 2, max: 8, noNaN: true }),
      r: fc.double({ min: 0.5, max: 3, noNaN: true }),
      k: fc.integer({ min: 3, max: 12 }),
      turn: fc.double({ min: 0, max: 6.28, noNaN: true }),
    })
    .map(({ cx, cy, r, k, turn }) =>
      convexPolygon(
        Array.from({ length: k }, (_, i) => ({
          x: cx + r * Math.cos(turn + (2 * Math.PI * i) / k),
          y: cy + r * Math.sin(turn + (2 * Math.PI * i) / k),
        })),
      ),
    ),
  fc
    .record({
      cx: fc.double({ min: 2, max: 8, noNaN: true }),
      cy: fc.double({ min: 2, max: 8, noNaN: true }),
      rx: fc.double({ min: 0.5, max: 3, noNaN: true }),
      ry: fc.double({ min: 0.5, max: 3, noNaN: true }),
      th: fc.double({ min: 0, max: 3.14, noNaN: true }),
    })
    .map(({ cx, cy, rx, ry, th }) =>
      ellipseRegion({ center: { x: cx, y: cy }, radii: { x: rx, y: ry }, rotation: th }),
    ),
);

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
    { areas, maxInteractions: 60, transcript: true },
  );
}

const ERMP = [ermpNegotiator({ margin: 0.6 }), ermpNegotiator({ margin: 0.6 })] as const;

describe('ERMP and RMP over convex regions (negotiation.md C.1)', () => {
  it('ERMP ends within the cap, honestly, with any agreement inside both areas', () => {
    fc.assert(
      fc.property(area, area, fc.string({ maxLength: 4 }), (a, b, seed) => {
        const r = negotiate(ERMP, [a, b], seed);
        expect(r.status).not.toBe('error'); // the protocol checks every offer against its proposer's area
        expect(r.interactions).toBeLessThanOrEqual(60);
        if (r.agreement !== null) {
          expect(a.contains(r.agreement)).toBe(true);
          expect(b.contains(r.agreement)).toBe(true);
        }
      }),
      { seed: 42, numRuns: 120 },
    );
  });

  it('RMP ends honestly and its vertex-bound agent offers each vertex at most once', () => {
    const polygon = area.filter((r) => r.vertices.length > 0);
    fc.assert(
      fc.property(polygon, area, fc.string({ maxLength: 4 }), (a, b, seed) => {
        const r = negotiate(
          [rmpNegotiator({ role: 'vertex' }), rmpNegotiator({ role: 'free' })],
          [a, b],
          seed,
        );
        expect(r.status).not.toBe('error');
        const own = r.transcript.filter((o) => o.by === 0);
        expect(own.length).toBeLessThanOrEqual(a.vertices.length);
        if (r.agreement !== null) expect(a.contains(r.agreement) && b.contains(r.agreement)).toBe(true);
      }),
      { seed: 42, numRuns: 120 },
    );
  });

  it('the same seed gives the same transcript', () => {
    fc.assert(
      fc.property(area, area, fc.string({ maxLength: 4 }), (a, b, seed) => {
        expect(negotiate(ERMP, [a, b], seed)).toEqual(negotiate(ERMP, [a, b], seed));
      }),
      { seed: 42, numRuns: 40 },
    );
  });

  it('with a grid finer than half the intersection, ERMP always agrees (C.1.4)', () => {
    // Two rectangles overlapping in at least 2 × 2; grid spacing 0.5 < half of it.
    const rect = (x: number, y: number, w: number, h: number) =>
      convexPolygon([
        { x, y },
        { x: x + w, y },
        { x: x + w, y: y + h },
        { x, y: y + h },
      ]);
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.string({ maxLength: 4 }),
        (dx, dy, seed) => {
          const grid = [
            ermpNegotiator({ margin: 0.5, grid: true }),
            ermpNegotiator({ margin: 0.5, grid: true }),
          ] as const;
          const r = negotiate(grid, [rect(0, 0, 5, 5), rect(dx, dy, 5, 5)], seed);
          expect(r.status).toBe('agreement');
        },
      ),
      { seed: 42, numRuns: 60 },
    );
  });

  it('a shadow never contains a point of the opponent area it was deduced from (soundness of C.1.2)', () => {
    fc.assert(
      fc.property(
        area,
        fc.double({ min: -5, max: 15, noNaN: true }),
        fc.double({ min: -5, max: 15, noNaN: true }),
        fc.double({ min: -5, max: 15, noNaN: true }),
        fc.double({ min: -5, max: 15, noNaN: true }),
        fc.string({ maxLength: 4 }),
        (b, x1, y1, x2, y2, seed) => {
          const a1 = { x: x1, y: y1 };
          const a2 = { x: x2, y: y2 };
          fc.pre(b.clipSegment(a1, a2) === null); // the premise: the opponent's area misses the segment
          const rng = createRng(seed);
          const s = projectionShadow({ a1, a2 }, b.randomPoint(rng));
          if (s === null) return;
          for (let k = 0; k < 200; k++) expect(s.contains(b.randomPoint(rng))).toBe(false);
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../src/core/rng.ts';
import { convexPolygon } from '../../../../src/negotiation/ermp/convex-polygon.ts';
import { intersectPolygons } from '../../../../src/negotiation/ermp/intersect-polygons.ts';

const SQUARE = convexPolygon([
  { x: 0, y: 0 },
  { x: 0, y: 2 },
  { x: 2, y: 2 },
  { x: 2, y: 0 },
]);

describe('convexPolygon', () => {
  it('convexPolygon() orders vertices counter-clockwise and measures the area and bounds', () => {
    const [a, b, c] = SQUARE.vertices;
    expect(a && b && c && (b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x)).toBeGreaterThan(0);
    expect(SQUARE.area).toBe(4);
    expect(SQUARE.bounds).toEqual({ min: { x: 0, y: 0 }, max: { x: 2, y: 2 } });
    expect(SQUARE.kind).toBe('polygon');
  });

  it('convexPolygon() contains its interior and boundary, not the outside', () => {
    expect(SQUARE.contains({ x: 1, y: 1 })).toBe(true);
    expect(SQUARE.contains({ x: 2, y: 1 })).toBe(true);
    expect(SQUARE.contains({ x: 0.6, y: 2 + 1e-12 })).toBe(true); // within the tolerance
    expect(SQUARE.contains({ x: 2.01, y: 1 })).toBe(false);
  });

  it('convexPolygon() clips segments to the parameter interval inside', () => {
    expect(SQUARE.clipSegment({ x: -1, y: 1 }, { x: 3, y: 1 })).toEqual([
      expect.closeTo(0.25, 6),
      expect.closeTo(0.75, 6),
    ]);
    expect(SQUARE.clipSegment({ x: -1, y: 3 }, { x: 3, y: 3 })).toBeNull();
    expect(SQUARE.clipSegment({ x: 0.5, y: 0.5 }, { x: 1, y: 1 })).toEqual([0, 1]);
  });

  it('convexPolygon() samples points inside', () => {
    const tri = convexPolygon([
      { x: 0, y: 0 },
      { x: 4, y: 0 },
      { x: 0, y: 1 },
    ]);
    const rng = createRng('p');
    for (let k = 0; k < 200; k++) expect(tri.contains(tri.randomPoint(rng))).toBe(true);
  });

  it('convexPolygon() drops repeated and collinear vertices and rejects non-convex or degenerate input', () => {
    const p = convexPolygon([
      { x: 0, y: 0 },
      { x: 1, y: 0 },
      { x: 1, y: 0 },
      { x: 2, y: 0 },
      { x: 2, y: 2 },
      { x: 0, y: 2 },
    ]);
    expect(p.vertices).toHaveLength(4);
    expect(() =>
      convexPolygon([
        { x: 0, y: 0 },
        { x: 2, y: 0 },
        { x: 1, y: 0.2 },
        { x: 2, y: 2 },
        { x: 0, y: 2 },
      ]),
    ).toThrow(/not convex/);
    expect(() =>
      convexPolygon([
        { x: 0, y: 0 },
        { x: 1, y: 1 },
      ]),
    ).toThrow(RangeError);
  });
});

describe('intersectPolygons', () => {
  it('intersectPolygons() returns the common polygon, or null when it has no area', () => {
    const other = convexPolygon([
      { x: 1, y: 1 },
      { x: 3, y: 1 },
      { x: 3, y: 3 },
      { x: 1, y: 3 },
    ]);
    expect(intersectPolygons(SQUARE, other)?.area).toBeCloseTo(1, 9);
    const far = convexPolygon([
      { x: 5, y: 5 },
      { x: 6, y: 5 },
      { x: 6, y: 6 },
    ]);
    expect(intersectPolygons(SQUARE, far)).toBeNull();
  });
});

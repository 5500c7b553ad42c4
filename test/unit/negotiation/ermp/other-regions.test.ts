import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../src/core/rng.ts';
import { convexPolygon } from '../../../../src/negotiation/ermp/convex-polygon.ts';
import { ellipseRegion } from '../../../../src/negotiation/ermp/ellipse-region.ts';
import { membershipRegion } from '../../../../src/negotiation/ermp/membership-region.ts';
import { normalizedRegion, unitMap } from '../../../../src/negotiation/ermp/normalized-region.ts';
import { unionBox } from '../../../../src/negotiation/ermp/union-box.ts';

const DISC = ellipseRegion({ center: { x: 1, y: 1 }, radii: { x: 2, y: 1 }, rotation: Math.PI / 2 });

describe('ellipseRegion', () => {
  it('ellipseRegion() has no vertices, the area πab and rotated bounds', () => {
    expect(DISC.vertices).toEqual([]);
    expect(DISC.area).toBeCloseTo(2 * Math.PI, 12);
    expect(DISC.bounds.min.x).toBeCloseTo(0, 12);
    expect(DISC.bounds.max.y).toBeCloseTo(3, 12);
    expect(DISC.contains({ x: 1, y: 2.9 })).toBe(true);
    expect(DISC.contains({ x: 2.9, y: 1 })).toBe(false);
  });

  it('ellipseRegion() clips segments and samples inside', () => {
    const clip = DISC.clipSegment({ x: 1, y: -3 }, { x: 1, y: 5 });
    expect(clip?.[0]).toBeCloseTo(0.25, 6);
    expect(clip?.[1]).toBeCloseTo(0.75, 6);
    expect(DISC.clipSegment({ x: 5, y: -3 }, { x: 5, y: 5 })).toBeNull();
    const rng = createRng('e');
    for (let k = 0; k < 200; k++) expect(DISC.contains(DISC.randomPoint(rng))).toBe(true);
    expect(() => ellipseRegion({ center: { x: 0, y: 0 }, radii: { x: 0, y: 1 } })).toThrow(RangeError);
  });
});

describe('membershipRegion', () => {
  const half = membershipRegion({
    contains: (p) => p.x >= 0 && p.y >= 0 && p.x + p.y <= 1,
    bounds: { min: { x: 0, y: 0 }, max: { x: 1, y: 1 } },
  });

  it('membershipRegion() estimates the area and samples by rejection', () => {
    expect(half.area).toBeCloseTo(0.5, 2);
    const rng = createRng('m');
    for (let k = 0; k < 100; k++) expect(half.contains(half.randomPoint(rng))).toBe(true);
  });

  it('membershipRegion() clips segments by sampling and bisection', () => {
    const clip = half.clipSegment({ x: -0.5, y: 0.25 }, { x: 1.5, y: 0.25 });
    expect(clip?.[0]).toBeCloseTo(0.25, 9);
    expect(clip?.[1]).toBeCloseTo(0.625, 9);
    expect(half.clipSegment({ x: 2, y: 2 }, { x: 3, y: 3 })).toBeNull();
  });

  it('membershipRegion() gives up sampling an empty set and rejects an empty box', () => {
    const none = membershipRegion({
      contains: () => false,
      bounds: { min: { x: 0, y: 0 }, max: { x: 1, y: 1 } },
      maxDraws: 5,
    });
    expect(() => none.randomPoint(createRng(1))).toThrow(/no point inside/);
    expect(() =>
      membershipRegion({ contains: () => true, bounds: { min: { x: 0, y: 0 }, max: { x: 0, y: 1 } } }),
    ).toThrow(RangeError);
  });
});

describe('normalizedRegion', () => {
  it('normalizedRegion() maps the union box onto the unit square and keeps membership and clipping', () => {
    const buyer = convexPolygon([
      { x: 1, y: 1 },
      { x: 3, y: 1 },
      { x: 3, y: 90 },
      { x: 1, y: 90 },
    ]);
    const seller = convexPolygon([
      { x: 1.2, y: 100 },
      { x: 4, y: 100 },
      { x: 4, y: 1 },
    ]);
    const box = unionBox([buyer, seller]);
    expect(box).toEqual({ min: { x: 1, y: 1 }, max: { x: 4, y: 100 } });
    const nb = normalizedRegion(buyer, box);
    expect(nb.vertices[0]).toEqual({ x: 0, y: 0 });
    expect(nb.area).toBeCloseTo((2 * 89) / (3 * 99), 12);
    expect(nb.contains({ x: 0.5, y: 0.5 })).toBe(true);
    expect(nb.contains({ x: 0.9, y: 0.5 })).toBe(false);
    expect(nb.clipSegment({ x: 0.5, y: 0.5 }, { x: 1, y: 0.5 })?.[1]).toBeCloseTo((2 / 3 - 0.5) / 0.5, 6);
    const map = unitMap(box);
    expect(map.fromUnit(map.toUnit({ x: 2.5, y: 40 }))).toEqual({ x: 2.5, y: 40 });
    expect(() => unionBox([])).toThrow(RangeError);
  });
});

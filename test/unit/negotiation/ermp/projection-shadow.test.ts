import { describe, expect, it } from 'vitest';
import { convexPolygon } from '../../../../src/negotiation/ermp/convex-polygon.ts';
import { projectionShadow } from '../../../../src/negotiation/ermp/projection-shadow.ts';
import { RegionMemory } from '../../../../src/negotiation/ermp/region-memory.ts';

describe('projectionShadow', () => {
  // Segment from (0, 1) to (2, 1), seen from (1, 0): the shadow is the wedge above y = 1 between the rays
  // from (1, 0) through (0, 1) and (2, 1).
  const s = projectionShadow({ a1: { x: 0, y: 1 }, a2: { x: 2, y: 1 } }, { x: 1, y: 0 });

  it('projectionShadow() contains the points beyond the segment inside the cone from the viewpoint', () => {
    expect(s?.contains({ x: 1, y: 2 })).toBe(true);
    expect(s?.contains({ x: -0.5, y: 2 })).toBe(true); // on the a1 side, still inside the cone
    expect(s?.contains({ x: 1, y: 0.5 })).toBe(false); // before the segment
    expect(s?.contains({ x: -2, y: 2 })).toBe(false); // outside the cone
    expect(s?.contains({ x: 1, y: 1 })).toBe(false); // the segment itself stays admissible (margin)
  });

  it('projectionShadow() is null for a viewpoint on the segment line or a point segment', () => {
    expect(projectionShadow({ a1: { x: 0, y: 1 }, a2: { x: 2, y: 1 } }, { x: 5, y: 1 })).toBeNull();
    expect(projectionShadow({ a1: { x: 0, y: 1 }, a2: { x: 0, y: 1 } }, { x: 5, y: 0 })).toBeNull();
  });
});

describe('RegionMemory', () => {
  const area = convexPolygon([
    { x: 0, y: 0 },
    { x: 4, y: 0 },
    { x: 4, y: 4 },
    { x: 0, y: 4 },
  ]);

  it('RegionMemory deduces the shadows of its last segment from the opponent’s last two offers', () => {
    const m = new RegionMemory(area);
    m.recordOwn({ x: 1, y: 3 });
    m.recordReceived({ x: 6, y: 0 });
    expect(m.shadows).toHaveLength(0); // one own offer: no segment yet
    m.recordOwn({ x: 3, y: 3 });
    m.recordReceived({ x: 2, y: -2 });
    expect(m.shadows).toHaveLength(2);
    expect(m.excluded({ x: 2, y: 3.9 })).toBe(true);
    expect(m.excluded({ x: 2, y: 1 })).toBe(false);
  });

  it('RegionMemory does not deduce without shadows, and applies the segment rule nearest to its last offer', () => {
    const m = new RegionMemory(area, { shadows: false });
    m.recordOwn({ x: 1, y: 1 });
    m.recordReceived({ x: -2, y: 2 });
    expect(m.segmentHit()).toBeNull(); // one opponent offer: no segment
    m.recordOwn({ x: 1, y: 2 });
    m.recordReceived({ x: 8, y: 2 });
    expect(m.shadows).toHaveLength(0);
    const hit = m.segmentHit();
    expect(hit?.x).toBeCloseTo(1, 9);
    expect(hit?.y).toBeCloseTo(2, 9);
    expect(m.distanceToOpponent({ x: 8, y: 0 })).toBe(2);
  });
});

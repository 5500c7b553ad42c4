import type { ConvexRegion } from '../negotiation/ermp/convex-region.ts';
import { intersectPolygons } from '../negotiation/ermp/intersect-polygons.ts';
import { distance, dot, sub, type Point } from '../negotiation/ermp/point.ts';

/**
 * The vertex of polygon `area` farthest from its intersection with `other` (the maximum of a convex
 * function over a polygon is at a vertex): the forced first proposal of C.1.6 factor ii.
 */
export function farthestVertex(area: ConvexRegion, other: ConvexRegion): Point {
  const meet = intersectPolygons(area, other);
  if (meet === null) throw new RangeError('farthestVertex() needs intersecting areas');
  let best = area.vertices[0] as Point;
  let bestD = -1;
  for (const v of area.vertices) {
    const d = distanceToPolygon(v, meet);
    if (d > bestD) {
      best = v;
      bestD = d;
    }
  }
  return best;
}

function distanceToPolygon(p: Point, poly: ConvexRegion): number {
  if (poly.contains(p)) return 0;
  let best = Infinity;
  const vs = poly.vertices;
  for (let i = 0; i < vs.length; i++) {
    const a = vs[i] as Point;
    const e = sub(vs[(i + 1) % vs.length] as Point, a);
    const t = Math.max(0, Math.min(1, dot(sub(p, a), e) / dot(e, e)));
    best = Math.min(best, distance(p, { x: a.x + t * e.x, y: a.y + t * e.y }));
  }
  return best;
}

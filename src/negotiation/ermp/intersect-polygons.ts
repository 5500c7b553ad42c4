import { convexPolygon } from './convex-polygon.ts';
import type { ConvexRegion } from './convex-region.ts';
import { cross, lerp, sub, type Point } from './point.ts';

/**
 * The intersection of two convex polygons (Sutherland–Hodgman clipping), or null when it has no
 * area. Used by the experiments to measure intersections and find points far from them.
 */
export function intersectPolygons(a: ConvexRegion, b: ConvexRegion): ConvexRegion | null {
  if (a.vertices.length < 3 || b.vertices.length < 3)
    throw new RangeError('intersectPolygons() needs two polygons');
  let poly: Point[] = a.vertices.slice();
  const clip = b.vertices;
  for (let i = 0; i < clip.length && poly.length > 0; i++) {
    const c0 = clip[i] as Point;
    const e = sub(clip[(i + 1) % clip.length] as Point, c0);
    const side = (p: Point): number => cross(e, sub(p, c0));
    const out: Point[] = [];
    for (let k = 0; k < poly.length; k++) {
      const p = poly[k] as Point;
      const q = poly[(k + 1) % poly.length] as Point;
      const sp = side(p);
      const sq = side(q);
      if (sp >= 0) out.push(p);
      if (sp >= 0 !== sq >= 0) out.push(lerp(p, q, sp / (sp - sq)));
    }
    poly = out;
  }
  try {
    return poly.length >= 3 ? convexPolygon(poly) : null;
  } catch {
    return null; // degenerate (a segment or a point)
  }
}

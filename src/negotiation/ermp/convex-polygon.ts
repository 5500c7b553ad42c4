import type { Rng } from '../../core/rng.ts';
import { REGION_TOLERANCE, type Box, type ConvexRegion } from './convex-region.ts';
import { cross, sub, type Point } from './point.ts';

/**
 * A convex polygon from its vertices in either orientation (RMP's polyhedral areas, C.1.2).
 * Repeated and collinear vertices are dropped; a non-convex or degenerate polygon is rejected.
 *
 * @example
 * const buyer = convexPolygon([{ x: 1, y: 1 }, { x: 3, y: 1 }, { x: 3, y: 90 }, { x: 1, y: 90 }]);
 */
export function convexPolygon(vertices: readonly Point[]): ConvexRegion {
  if (!vertices.every((v) => Number.isFinite(v.x) && Number.isFinite(v.y)))
    throw new RangeError('polygon vertices must be finite');
  let vs = dropRedundant(vertices);
  if (vs.length < 3)
    throw new RangeError(`a convex polygon needs 3 non-collinear vertices, got ${vs.length}`);
  const signedArea = shoelace(vs);
  if (signedArea < 0) vs = vs.slice().reverse();
  for (let i = 0; i < vs.length; i++) {
    const a = vs[i] as Point;
    const b = vs[(i + 1) % vs.length] as Point;
    const c = vs[(i + 2) % vs.length] as Point;
    if (cross(sub(b, a), sub(c, b)) <= 0) throw new RangeError('the polygon is not convex');
  }
  const bounds = boxOf(vs);
  const size = Math.max(bounds.max.x - bounds.min.x, bounds.max.y - bounds.min.y);
  const tol = REGION_TOLERANCE * size;
  const area = Math.abs(signedArea);
  const edges = vs.map((a, i) => {
    const b = vs[(i + 1) % vs.length] as Point;
    const e = sub(b, a);
    return { a, e, len: Math.hypot(e.x, e.y) };
  });
  // Fan triangulation from vertex 0 for uniform sampling (cumulative areas).
  const fan: number[] = [];
  let acc = 0;
  for (let i = 1; i + 1 < vs.length; i++) {
    acc += cross(sub(vs[i] as Point, vs[0] as Point), sub(vs[i + 1] as Point, vs[0] as Point)) / 2;
    fan.push(acc);
  }
  return {
    kind: 'polygon',
    vertices: vs,
    bounds,
    area,
    contains(p: Point): boolean {
      for (const { a, e, len } of edges) if (cross(e, sub(p, a)) < -tol * len) return false;
      return true;
    },
    clipSegment(a: Point, b: Point): readonly [number, number] | null {
      // Cyrus–Beck: intersect the half-planes' parameter ranges.
      const d = sub(b, a);
      let t0 = 0;
      let t1 = 1;
      for (const { a: v, e, len } of edges) {
        const c0 = cross(e, sub(a, v)) + tol * len;
        const c1 = cross(e, d);
        if (c1 === 0) {
          if (c0 < 0) return null;
        } else if (c1 > 0) t0 = Math.max(t0, -c0 / c1);
        else t1 = Math.min(t1, -c0 / c1);
        if (t0 > t1) return null;
      }
      return [t0, t1];
    },
    randomPoint(rng: Rng): Point {
      const r = rng.next() * acc;
      let k = fan.findIndex((c) => r < c);
      if (k < 0) k = fan.length - 1;
      const p0 = vs[0] as Point;
      const p1 = vs[k + 1] as Point;
      const p2 = vs[k + 2] as Point;
      let u = rng.next();
      let v = rng.next();
      if (u + v > 1) {
        u = 1 - u;
        v = 1 - v;
      }
      return {
        x: p0.x + u * (p1.x - p0.x) + v * (p2.x - p0.x),
        y: p0.y + u * (p1.y - p0.y) + v * (p2.y - p0.y),
      };
    },
  };
}

function shoelace(vs: readonly Point[]): number {
  let s = 0;
  for (let i = 0; i < vs.length; i++) s += cross(vs[i] as Point, vs[(i + 1) % vs.length] as Point);
  return s / 2;
}

function boxOf(vs: readonly Point[]): Box {
  const xs = vs.map((v) => v.x);
  const ys = vs.map((v) => v.y);
  return { min: { x: Math.min(...xs), y: Math.min(...ys) }, max: { x: Math.max(...xs), y: Math.max(...ys) } };
}

/** Drops repeated vertices and vertices on the line through their neighbours. */
function dropRedundant(vertices: readonly Point[]): Point[] {
  let vs = vertices.filter((v, i) => {
    const prev = vertices[(i + vertices.length - 1) % vertices.length] as Point;
    return vertices.length === 1 || v.x !== prev.x || v.y !== prev.y;
  });
  let changed = true;
  while (changed && vs.length >= 3) {
    changed = false;
    for (let i = 0; i < vs.length; i++) {
      const a = vs[(i + vs.length - 1) % vs.length] as Point;
      const b = vs[i] as Point;
      const c = vs[(i + 1) % vs.length] as Point;
      const scale = Math.max(Math.hypot(c.x - a.x, c.y - a.y), 1e-300);
      if (Math.abs(cross(sub(b, a), sub(c, a))) <= 1e-12 * scale * scale) {
        vs = vs.filter((_, j) => j !== i);
        changed = true;
        break;
      }
    }
  }
  return vs;
}

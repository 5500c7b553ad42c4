import type { Rng } from '../../core/rng.ts';
import { REGION_TOLERANCE, type ConvexRegion } from './convex-region.ts';
import type { Point } from './point.ts';

export interface EllipseOptions {
  readonly center: Point;
  /** Semi-axes along the ellipse's own axes. */
  readonly radii: Point;
  /** Rotation of the first axis from the x axis, in radians (default 0). */
  readonly rotation?: number;
}

/**
 * An elliptic negotiation area: a convex region without vertices, which RMP cannot handle (C.1.2
 * limit iv) and ERMP can (beyond the seed's polygonal experiments, as the issue asks).
 */
export function ellipseRegion(options: EllipseOptions): ConvexRegion {
  const { center, radii } = options;
  if (!(radii.x > 0 && radii.y > 0)) throw new RangeError('ellipse radii must be positive');
  const th = options.rotation ?? 0;
  const cos = Math.cos(th);
  const sin = Math.sin(th);
  // Local coordinates: the ellipse becomes the unit disc.
  const local = (p: Point): Point => {
    const dx = p.x - center.x;
    const dy = p.y - center.y;
    return { x: (cos * dx + sin * dy) / radii.x, y: (-sin * dx + cos * dy) / radii.y };
  };
  const hx = Math.hypot(radii.x * cos, radii.y * sin);
  const hy = Math.hypot(radii.x * sin, radii.y * cos);
  const tol = REGION_TOLERANCE;
  return {
    kind: 'ellipse',
    vertices: [],
    bounds: { min: { x: center.x - hx, y: center.y - hy }, max: { x: center.x + hx, y: center.y + hy } },
    area: Math.PI * radii.x * radii.y,
    contains(p: Point): boolean {
      const q = local(p);
      return q.x * q.x + q.y * q.y <= 1 + tol;
    },
    clipSegment(a: Point, b: Point): readonly [number, number] | null {
      const p = local(a);
      const e = local(b);
      const d = { x: e.x - p.x, y: e.y - p.y };
      const A = d.x * d.x + d.y * d.y;
      const B = 2 * (p.x * d.x + p.y * d.y);
      const C = p.x * p.x + p.y * p.y - (1 + tol);
      if (A === 0) return C <= 0 ? [0, 1] : null;
      const disc = B * B - 4 * A * C;
      if (disc < 0) return null;
      const s = Math.sqrt(disc);
      const t0 = Math.max(0, (-B - s) / (2 * A));
      const t1 = Math.min(1, (-B + s) / (2 * A));
      return t0 <= t1 ? [t0, t1] : null;
    },
    randomPoint(rng: Rng): Point {
      const r = Math.sqrt(rng.next());
      const phi = 2 * Math.PI * rng.next();
      const x = r * Math.cos(phi) * radii.x;
      const y = r * Math.sin(phi) * radii.y;
      return { x: center.x + cos * x - sin * y, y: center.y + sin * x + cos * y };
    },
  };
}

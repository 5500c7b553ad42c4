import { cross, distance, sub, type Point } from './point.ts';

/**
 * A projection (shadow) area of RMP (negotiation.md C.1.2) [reconstructed]: the part of the plane
 * beyond the segment [a1, a2] as seen from a point b of the opponent's area. If the opponent's
 * convex area contains b but does not meet [a1, a2], it contains no point x with [b, x] crossing
 * [a1, a2] — every point of the shadow is excluded.
 */
export interface ProjectionShadow {
  readonly a1: Point;
  readonly a2: Point;
  /** The viewpoint b. */
  readonly from: Point;
  /** Whether p lies in the shadow (strictly, by a small margin: boundary points stay admissible). */
  contains(p: Point): boolean;
}

/**
 * The shadow of [a1, a2] seen from b: three half-planes — beyond the line a1a2 (away from b), and
 * between the rays from b through a1 and through a2. Null when b is on the line through a1 and a2
 * or the segment is a point (the shadow has no area).
 */
export function projectionShadow(
  segment: { readonly a1: Point; readonly a2: Point },
  from: Point,
): ProjectionShadow | null {
  const { a1, a2 } = segment;
  const seg = sub(a2, a1);
  const len = Math.hypot(seg.x, seg.y);
  const da1 = distance(a1, from);
  const da2 = distance(a2, from);
  if (len === 0 || da1 === 0 || da2 === 0) return null;
  const side = cross(seg, sub(from, a1));
  const turn = cross(sub(a1, from), sub(a2, from));
  const margin = 1e-9 * (len + da1 + da2);
  if (Math.abs(side) / len <= margin) return null;
  const sb = Math.sign(side);
  const st = Math.sign(turn);
  return {
    a1,
    a2,
    from,
    contains(p: Point): boolean {
      if ((sb * cross(seg, sub(p, a1))) / len > -margin) return false; // not beyond the segment's line
      const pb = sub(p, from);
      if ((st * cross(sub(a1, from), pb)) / da1 < margin) return false; // outside the ray through a1
      return (st * cross(pb, sub(a2, from))) / da2 >= margin; // inside the ray through a2
    },
  };
}

import type { Rng } from '../../core/rng.ts';
import type { Box, ConvexRegion } from './convex-region.ts';
import { lerp, type Point } from './point.ts';

export interface MembershipOptions {
  /** The membership test of a convex set. */
  readonly contains: (p: Point) => boolean;
  /** A box containing the set (used for sampling). */
  readonly bounds: Box;
  /** Samples along a segment when looking for a point inside (default 64). */
  readonly segmentSamples?: number;
  /** Rejection-sampling attempts before giving up (default 10 000). */
  readonly maxDraws?: number;
}

/**
 * Any convex set given by a membership test (beyond the seed's polygons, as the issue asks).
 * Segment clipping samples the segment for an inside point and bisects to both ends (exact up to
 * 1e-12 in the segment parameter; a sliver thinner than the sampling step can be missed); sampling
 * is by rejection from the box; the area is a 256 × 256 grid estimate.
 */
export function membershipRegion(options: MembershipOptions): ConvexRegion {
  const { contains, bounds } = options;
  const samples = options.segmentSamples ?? 64;
  const maxDraws = options.maxDraws ?? 10_000;
  const w = bounds.max.x - bounds.min.x;
  const h = bounds.max.y - bounds.min.y;
  if (!(w > 0 && h > 0)) throw new RangeError('a membership region needs a box of positive size');
  let area = 0;
  const g = 256;
  for (let i = 0; i < g; i++)
    for (let j = 0; j < g; j++)
      if (contains({ x: bounds.min.x + ((i + 0.5) * w) / g, y: bounds.min.y + ((j + 0.5) * h) / g })) area++;
  area *= (w * h) / (g * g);
  return {
    kind: 'membership',
    vertices: [],
    bounds,
    area,
    contains,
    clipSegment(a: Point, b: Point): readonly [number, number] | null {
      let inside = -1;
      for (let k = 0; k <= samples && inside < 0; k++)
        if (contains(lerp(a, b, k / samples))) inside = k / samples;
      if (inside < 0) return null;
      const edge = (outT: number): number => {
        if (contains(lerp(a, b, outT))) return outT;
        let lo = inside;
        let hi = outT;
        while (Math.abs(hi - lo) > 1e-12) {
          const mid = (lo + hi) / 2;
          if (contains(lerp(a, b, mid))) lo = mid;
          else hi = mid;
        }
        return lo;
      };
      return [edge(0), edge(1)];
    },
    randomPoint(rng: Rng): Point {
      for (let k = 0; k < maxDraws; k++) {
        const p = { x: bounds.min.x + rng.next() * w, y: bounds.min.y + rng.next() * h };
        if (contains(p)) return p;
      }
      throw new Error(`membershipRegion(): no point inside after ${maxDraws} draws; check the bounds`);
    },
  };
}

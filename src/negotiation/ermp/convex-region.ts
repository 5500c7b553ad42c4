import type { Rng } from '../../core/rng.ts';
import type { Point } from './point.ts';

/** An axis-aligned box. */
export interface Box {
  readonly min: Point;
  readonly max: Point;
}

/**
 * A negotiation area (negotiation.md C.1.1): a private convex region of the plane, every point of
 * which is equally acceptable. Membership is closed with a small tolerance (1e-9 of the region's
 * size) so that points computed on a shared boundary (a segment between two vertices) stay inside.
 */
export interface ConvexRegion {
  /** 'polygon', 'ellipse', 'membership', or a wrapper's kind. */
  readonly kind: string;
  /** The vertices in counter-clockwise order; empty for regions without vertices (ellipses). */
  readonly vertices: readonly Point[];
  readonly bounds: Box;
  readonly area: number;
  contains(p: Point): boolean;
  /**
   * The parameter interval [t0, t1] ⊆ [0, 1] of the points a + t·(b − a) inside the region (an
   * interval by convexity), or null when the segment misses it.
   */
  clipSegment(a: Point, b: Point): readonly [number, number] | null;
  /** A uniformly distributed point of the region. */
  randomPoint(rng: Rng): Point;
}

/** Relative tolerance of membership tests. */
export const REGION_TOLERANCE = 1e-9;

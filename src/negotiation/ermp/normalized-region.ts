import type { Rng } from '../../core/rng.ts';
import type { Box, ConvexRegion } from './convex-region.ts';
import type { Point } from './point.ts';

/** Maps `box` onto the unit square [0, 1]² (and back). */
export interface UnitMap {
  toUnit(p: Point): Point;
  fromUnit(p: Point): Point;
}

/** The affine map sending `box` onto [0, 1]². */
export function unitMap(box: Box): UnitMap {
  const w = box.max.x - box.min.x;
  const h = box.max.y - box.min.y;
  if (!(w > 0 && h > 0)) throw new RangeError('unitMap() needs a box of positive size');
  return {
    toUnit: (p) => ({ x: (p.x - box.min.x) / w, y: (p.y - box.min.y) / h }),
    fromUnit: (p) => ({ x: box.min.x + p.x * w, y: box.min.y + p.y * h }),
  };
}

/**
 * A region seen in unit coordinates (negotiation.md C.1.3, our choice: normalise both axes by the
 * union of the agents' bounding boxes so that a circle of radius ε means the same on both issues).
 * Affine maps keep convexity, segment parameters and uniform sampling.
 */
export function normalizedRegion(region: ConvexRegion, box: Box): ConvexRegion {
  const map = unitMap(box);
  const corners = [map.toUnit(region.bounds.min), map.toUnit(region.bounds.max)];
  const [lo, hi] = corners as [Point, Point];
  return {
    kind: region.kind,
    vertices: region.vertices.map(map.toUnit),
    bounds: { min: lo, max: hi },
    area: region.area / ((box.max.x - box.min.x) * (box.max.y - box.min.y)),
    contains: (p) => region.contains(map.fromUnit(p)),
    clipSegment: (a, b) => region.clipSegment(map.fromUnit(a), map.fromUnit(b)),
    randomPoint: (rng: Rng) => map.toUnit(region.randomPoint(rng)),
  };
}

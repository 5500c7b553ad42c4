import type { Box, ConvexRegion } from './convex-region.ts';

/** The smallest box containing every region's bounds (the normalisation box of C.1.3). */
export function unionBox(regions: readonly ConvexRegion[]): Box {
  if (regions.length === 0) throw new RangeError('unionBox() needs at least one region');
  return {
    min: {
      x: Math.min(...regions.map((r) => r.bounds.min.x)),
      y: Math.min(...regions.map((r) => r.bounds.min.y)),
    },
    max: {
      x: Math.max(...regions.map((r) => r.bounds.max.x)),
      y: Math.max(...regions.map((r) => r.bounds.max.y)),
    },
  };
}

import type { ConvexRegion } from './convex-region.ts';
import type { Point } from './point.ts';

/**
 * The convergence grid of negotiation.md C.1.4: nodes of spacing ε over the own area (anchored at
 * the area's lower-left bound, our choice). If ε is below half the intersection's width and height,
 * the intersection holds nodes, so offering only nodes reaches an agreement whenever one exists.
 */
export function gridNodes(region: ConvexRegion, spacing: number): Point[] {
  if (!(spacing > 0)) throw new RangeError(`grid spacing must be positive, got ${spacing}`);
  const { min, max } = region.bounds;
  const nx = Math.floor((max.x - min.x) / spacing + 1e-9);
  const ny = Math.floor((max.y - min.y) / spacing + 1e-9);
  if ((nx + 1) * (ny + 1) > 1_000_000) throw new RangeError('the grid would have more than a million nodes');
  const out: Point[] = [];
  for (let i = 0; i <= nx; i++)
    for (let j = 0; j <= ny; j++) {
      const p = { x: min.x + i * spacing, y: min.y + j * spacing };
      if (region.contains(p)) out.push(p);
    }
  return out;
}

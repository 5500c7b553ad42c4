import { continuousIssue } from '../../src/negotiation/issue.ts';
import { convexPolygon } from '../../src/negotiation/ermp/convex-polygon.ts';
import type { Point } from '../../src/negotiation/ermp/point.ts';
import type { RegionScenario } from './fruit-market.ts';

export interface SquarePairOptions {
  /** Side of each agent's square area. */
  readonly side: number;
  /** Side of the square intersection (0 < overlap ≤ side). */
  readonly overlap: number;
}

/**
 * Two square areas offset along the diagonal so that they meet in an overlap × overlap square: the
 * geometry of our parameter studies (negotiation.md C.1.6 factors i–iv; the seed's settings were
 * lost, these are our choice). Agent 0 holds [0, side]², agent 1 [side − overlap, 2·side − overlap]².
 */
export function squarePair(options: SquarePairOptions): RegionScenario {
  const { side, overlap } = options;
  if (!(side > 0 && overlap > 0 && overlap <= side))
    throw new RangeError(`squarePair() needs 0 < overlap <= side, got side ${side}, overlap ${overlap}`);
  const square = (x0: number): Point[] => [
    { x: x0, y: x0 },
    { x: x0 + side, y: x0 },
    { x: x0 + side, y: x0 + side },
    { x: x0, y: x0 + side },
  ];
  const hi = 2 * side - overlap;
  return {
    name: `squares of side ${side} meeting in ${overlap} x ${overlap}`,
    issues: [continuousIssue('x', 0, hi), continuousIssue('y', 0, hi)],
    agents: ['a', 'b'],
    areas: [convexPolygon(square(0)), convexPolygon(square(side - overlap))],
  };
}

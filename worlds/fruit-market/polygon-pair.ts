import type { Rng } from '../../src/core/rng.ts';
import { continuousIssue } from '../../src/negotiation/issue.ts';
import { convexPolygon } from '../../src/negotiation/ermp/convex-polygon.ts';
import type { RegionScenario } from './fruit-market.ts';

export interface PolygonPairOptions {
  /** Number of vertices of each area. */
  readonly vertices: number;
  /**
   * How deep the areas overlap, as a fraction of the inradius cos(π/k) (default 0.4): the centres
   * are (2 − depth)·cos(π/k) apart, so the inscribed discs — hence the areas — always meet. A
   * negative depth separates the circumscribed circles by −depth: the areas are disjoint.
   */
  readonly depth?: number;
}

/**
 * Two regular polygons of circumradius 1 on the x axis, each turned by a random angle, overlapping
 * by a fixed depth: areas with few or many vertices for the RMP versus ERMP comparison (C.1.6, our
 * geometry).
 */
export function polygonPair(rng: Rng, options: PolygonPairOptions): RegionScenario {
  const k = options.vertices;
  if (!Number.isInteger(k) || k < 3) throw new RangeError(`a polygon needs at least 3 vertices, got ${k}`);
  const depth = options.depth ?? 0.4;
  if (!(depth !== 0 && depth >= -10 && depth <= 2))
    throw new RangeError(`overlap depth must be in [-10, 0) or (0, 2], got ${depth}`);
  const d = depth > 0 ? (2 - depth) * Math.cos(Math.PI / k) : 2 - depth;
  const polygon = (cx: number, turn: number) =>
    convexPolygon(
      Array.from({ length: k }, (_, i) => {
        const a = turn + (2 * Math.PI * i) / k;
        return { x: cx + Math.cos(a), y: Math.sin(a) };
      }),
    );
  return {
    name: depth > 0 ? `two ${k}-gons overlapping by ${depth} inradius` : `two disjoint ${k}-gons`,
    issues: [continuousIssue('x', -1, d + 1), continuousIssue('y', -1, 1)],
    agents: ['a', 'b'],
    areas: [polygon(0, rng.real(0, 2 * Math.PI)), polygon(d, rng.real(0, 2 * Math.PI))],
  };
}

import { continuousIssue, type Issue } from '../../src/negotiation/issue.ts';
import { convexPolygon } from '../../src/negotiation/ermp/convex-polygon.ts';
import type { ConvexRegion } from '../../src/negotiation/ermp/convex-region.ts';

/** A two-agent region scenario: the issues on the axes and each agent's negotiation area. */
export interface RegionScenario {
  readonly name: string;
  /** The issues on the x and y axes. */
  readonly issues: readonly [Issue, Issue];
  readonly agents: readonly [string, string];
  readonly areas: readonly [ConvexRegion, ConvexRegion];
}

/**
 * The fruit market of seed 001 §4 (negotiation.md C.1.6): price per pound of apples × quantity in
 * pounds. Seller: price 1.2–4, quantity 1–100, a triangle whose vertices were lost in extraction —
 * ours, (1.2, 100), (4, 100), (4, 1), is a volume discount (the seller sells at a low price only in
 * bulk) [reconstructed, our choice]. Buyer: the rectangle 1 ≤ price ≤ 3, 1 ≤ quantity ≤ 90 (as in
 * the seed). The areas intersect.
 */
export const FRUIT_MARKET: RegionScenario = {
  name: 'fruit market (seed 001 §4; seller triangle reconstructed)',
  issues: [continuousIssue('price', 1, 4), continuousIssue('quantity', 1, 100)],
  agents: ['seller', 'buyer'],
  areas: [
    convexPolygon([
      { x: 1.2, y: 100 },
      { x: 4, y: 100 },
      { x: 4, y: 1 },
    ]),
    convexPolygon([
      { x: 1, y: 1 },
      { x: 3, y: 1 },
      { x: 3, y: 90 },
      { x: 1, y: 90 },
    ]),
  ],
};

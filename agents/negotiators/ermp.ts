// negotiation.md C.1.3–C.1.4: the ERMP negotiator (seed 001), for any convex area.
import { gridNodes } from '../../src/negotiation/ermp/grid-nodes.ts';
import { distance, type Point } from '../../src/negotiation/ermp/point.ts';
import { RegionMemory } from '../../src/negotiation/ermp/region-memory.ts';
import type {
  RegionNegotiator,
  RegionNegotiatorContext,
  RegionNegotiatorFactory,
  RegionResponse,
} from '../../src/negotiation/ermp/region-types.ts';
import { semicircleStep } from '../../src/negotiation/ermp/semicircle-step.ts';

export interface ErmpOptions {
  /** Registry name; default 'ermp' ('ermp-grid' with a grid). */
  readonly name?: string;
  /** The margin ε (radius of the step circle), fixed before the negotiation. */
  readonly margin: number;
  /** A forced first offer (e.g. the point farthest from the intersection, C.1.6 factor ii); default a random point. */
  readonly start?: Point;
  /** Offer only nodes of a grid of spacing ε, each at most once (C.1.4); default false. */
  readonly grid?: boolean;
  /** Semicircle draws before a random restart (default 64). */
  readonly maxDraws?: number;
  /** Reason by projections (default true; sound against agents that follow the segment rule). */
  readonly shadows?: boolean;
}

/**
 * ERMP (seed 001 §3.1) [reconstructed]: open at a random point of the own area; accept any offer
 * inside it; if the own area meets the segment between the opponent's last two offers, offer the
 * nearest point of it (the opponent must accept); otherwise step by ε toward the opponent's last offer
 * on the closer semicircle, never into a shadow. Ends (no agreement) when no admissible point is found.
 *
 * @example
 * const seller = ermpNegotiator({ margin: 0.1 }).create({ region: sellerArea, rng: createRng('s') });
 */
export function ermpNegotiator(options: ErmpOptions): RegionNegotiatorFactory {
  if (!(options.margin > 0)) throw new RangeError(`the ERMP margin must be positive, got ${options.margin}`);
  const grid = options.grid ?? false;
  return {
    name: options.name ?? (grid ? 'ermp-grid' : 'ermp'),
    description: `ERMP, margin ${options.margin}${grid ? ', grid' : ''}`,
    create(ctx: RegionNegotiatorContext): RegionNegotiator {
      const { region, rng } = ctx;
      const memory = new RegionMemory(region, { shadows: options.shadows ?? true });
      const nodes = grid ? gridNodes(region, options.margin) : [];
      const used = new Set<number>();
      const snap = (p: Point | null): Point | null => {
        if (!grid || p === null) return p;
        let best = -1;
        let bestD = Infinity;
        for (const [k, node] of nodes.entries()) {
          if (used.has(k) || memory.excluded(node)) continue;
          const d = distance(node, p);
          if (d < bestD) {
            best = k;
            bestD = d;
          }
        }
        if (best < 0) return null;
        used.add(best);
        return nodes[best] as Point;
      };
      const offer = (p: Point | null): RegionResponse => {
        if (p === null) return { kind: 'end' };
        memory.recordOwn(p);
        return { kind: 'offer', point: p };
      };
      const first = (): Point | null => snap(options.start ?? region.randomPoint(rng));
      return {
        open(): Point | null {
          const p = first();
          if (p !== null) memory.recordOwn(p);
          return p;
        },
        respond(q: Point): RegionResponse {
          memory.recordReceived(q);
          if (region.contains(q)) return { kind: 'accept' };
          if (memory.own.length === 0) return offer(first());
          const hit = memory.segmentHit();
          if (hit !== null) return offer(hit);
          const opts = {
            margin: options.margin,
            rng,
            ...(options.maxDraws === undefined ? {} : { maxDraws: options.maxDraws }),
          };
          return offer(snap(semicircleStep(memory, opts)));
        },
      };
    },
  };
}

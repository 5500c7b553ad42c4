// negotiation.md C.1.2: Cadoli's RMP (reasoning by means of projections), the two asymmetric roles.
import type { Point } from '../../src/negotiation/ermp/point.ts';
import { RegionMemory } from '../../src/negotiation/ermp/region-memory.ts';
import type {
  RegionNegotiator,
  RegionNegotiatorContext,
  RegionNegotiatorFactory,
  RegionResponse,
} from '../../src/negotiation/ermp/region-types.ts';

export interface RmpOptions {
  /** Registry name; default 'rmp-vertex' or 'rmp-free'. */
  readonly name?: string;
  /**
   * 'vertex': offers only vertices of its polygon, excludes shadows, ends when none is left.
   * 'free': may offer any point; prefers vertices but offers a point of the segment between the
   * opponent's last two offers whenever its area meets it (as in the seed's Seller, §2).
   */
  readonly role: 'vertex' | 'free';
  /**
   * Which admissible vertex next: 'random' (default; plain RMP, the seed gives no order) or
   * 'nearest' to the opponent's latest offer (a step-minimising heuristic in the spirit of Mancini's
   * improvements; our choice).
   */
  readonly order?: 'random' | 'nearest';
}

/**
 * An RMP negotiator [reconstructed]. The vertex-bound agent reasons by projections (its opponent
 * must hit its segments, so the shadows are sound); the free agent does not (the vertex-bound agent
 * cannot hit segments, so nothing follows from its answers). Both accept any offer inside their area.
 */
export function rmpNegotiator(options: RmpOptions): RegionNegotiatorFactory {
  const order = options.order ?? 'random';
  const role = options.role;
  return {
    name: options.name ?? `rmp-${role}`,
    description: `RMP ${role === 'vertex' ? 'vertex-bound' : 'free'} agent, ${order} vertex order`,
    create(ctx: RegionNegotiatorContext): RegionNegotiator {
      const { region, rng } = ctx;
      if (role === 'vertex' && region.vertices.length === 0)
        throw new RangeError('an RMP vertex-bound agent needs a polygonal area (C.1.2 limit iv)');
      const memory = new RegionMemory(region, { shadows: role === 'vertex' });
      const left = region.vertices.slice();
      const nextVertex = (): Point | null => {
        const admissible = left.filter((v) => !memory.excluded(v));
        if (admissible.length === 0) return null;
        let pick = admissible[0] as Point;
        if (order === 'random' || memory.received.length === 0) pick = rng.pick(admissible);
        else
          for (const v of admissible)
            if (memory.distanceToOpponent(v) < memory.distanceToOpponent(pick)) pick = v;
        left.splice(left.indexOf(pick), 1);
        return pick;
      };
      const offer = (p: Point): RegionResponse => {
        memory.recordOwn(p);
        return { kind: 'offer', point: p };
      };
      return {
        open(): Point | null {
          const p = role === 'vertex' || left.length > 0 ? nextVertex() : region.randomPoint(rng);
          if (p !== null) memory.recordOwn(p);
          return p;
        },
        respond(q: Point): RegionResponse {
          memory.recordReceived(q);
          if (region.contains(q)) return { kind: 'accept' };
          if (role === 'free') {
            const hit = memory.segmentHit();
            if (hit !== null) return offer(hit);
          }
          const v = nextVertex();
          if (v !== null) return offer(v);
          // Out of vertices: the bound agent has proved "no agreement"; the free one offers inner points.
          return role === 'vertex' ? { kind: 'end' } : offer(region.randomPoint(rng));
        },
      };
    },
  };
}

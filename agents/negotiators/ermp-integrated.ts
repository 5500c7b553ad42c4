// negotiation.md C.1.5: RMP integrated with ERMP, a local-search variant for agents with preferences.
import type { Point } from '../../src/negotiation/ermp/point.ts';
import { RegionMemory } from '../../src/negotiation/ermp/region-memory.ts';
import type {
  RegionNegotiator,
  RegionNegotiatorContext,
  RegionNegotiatorFactory,
  RegionResponse,
} from '../../src/negotiation/ermp/region-types.ts';
import { semicircleStep } from '../../src/negotiation/ermp/semicircle-step.ts';

export interface ErmpIntegratedOptions {
  /** Registry name; default 'ermp-integrated'. */
  readonly name?: string;
  /** The margin ε of the ERMP steps. */
  readonly margin: number;
  /** The agent's private preference over points (higher is better); it ranks the vertices. */
  readonly preference: (p: Point) => number;
  /** How many of the best vertices are preferred (default 1). */
  readonly preferredCount?: number;
  /** ERMP steps around each preferred vertex and in the last chance (default 5). */
  readonly ermpSteps?: number;
  /** Run ERMP from a random point once all vertices are spent (default true). */
  readonly lastChance?: boolean;
  readonly maxDraws?: number;
}

type Stage = 'preferred' | 'local' | 'vertices' | 'last-chance' | 'done';

/**
 * The integration of seed 001 §3.3 [reconstructed]: (1) offer the preferred vertices; (2) run ERMP
 * from each preferred vertex for a bounded number of steps; (3) offer the remaining vertices (nearest
 * to the opponent's latest offer first, our choice); (4) as a last chance, ERMP from a random point
 * for the same number of steps; then end. Throughout it accepts offers inside its area, applies the
 * segment rule and never offers inside a shadow.
 */
export function ermpIntegratedNegotiator(options: ErmpIntegratedOptions): RegionNegotiatorFactory {
  const steps = options.ermpSteps ?? 5;
  const lastChance = options.lastChance ?? true;
  return {
    name: options.name ?? 'ermp-integrated',
    description: `RMP + ERMP: ${options.preferredCount ?? 1} preferred vertices, ${steps} ERMP steps each, margin ${options.margin}`,
    create(ctx: RegionNegotiatorContext): RegionNegotiator {
      const { region, rng } = ctx;
      const memory = new RegionMemory(region);
      const ranked = region.vertices.slice().sort((a, b) => options.preference(b) - options.preference(a));
      const preferred = ranked.slice(0, options.preferredCount ?? 1);
      const others = ranked.slice(preferred.length);
      let stage: Stage = preferred.length > 0 ? 'preferred' : 'vertices';
      let index = 0; // preferred vertex being offered or searched around
      let taken = 0; // ERMP steps taken in the current local search
      const step = (center?: Point): Point | null =>
        semicircleStep(memory, {
          margin: options.margin,
          rng,
          ...(center === undefined ? {} : { center }),
          ...(options.maxDraws === undefined ? {} : { maxDraws: options.maxDraws }),
        });
      const next = (): Point | null => {
        for (;;) {
          switch (stage) {
            case 'preferred': {
              const v = preferred[index];
              if (v === undefined) {
                stage = 'local';
                index = 0;
                taken = 0;
                continue;
              }
              index++;
              if (!memory.excluded(v)) return v;
              continue;
            }
            case 'local': {
              const v = preferred[index];
              if (v === undefined) {
                stage = 'vertices';
                continue;
              }
              if (taken >= steps || memory.received.length === 0) {
                index++;
                taken = 0;
                continue;
              }
              taken++;
              const p = step(taken === 1 ? v : undefined);
              if (p !== null) return p;
              taken = steps;
              continue;
            }
            case 'vertices': {
              const admissible = others.filter((v) => !memory.excluded(v));
              if (admissible.length === 0) {
                stage = lastChance ? 'last-chance' : 'done';
                taken = 0;
                continue;
              }
              let pick = admissible[0] as Point;
              for (const v of admissible)
                if (memory.distanceToOpponent(v) < memory.distanceToOpponent(pick)) pick = v;
              others.splice(others.indexOf(pick), 1);
              return pick;
            }
            case 'last-chance': {
              if (taken > steps) {
                stage = 'done';
                continue;
              }
              taken++;
              if (taken === 1) {
                for (let k = 0; k < 64; k++) {
                  const p = region.randomPoint(rng);
                  if (!memory.excluded(p)) return p;
                }
                stage = 'done';
                continue;
              }
              const p = step();
              if (p !== null) return p;
              stage = 'done';
              continue;
            }
            case 'done':
              return null;
          }
        }
      };
      const offer = (p: Point | null): RegionResponse => {
        if (p === null) return { kind: 'end' };
        memory.recordOwn(p);
        return { kind: 'offer', point: p };
      };
      return {
        open(): Point | null {
          const p = next();
          if (p !== null) memory.recordOwn(p);
          return p;
        },
        respond(q: Point): RegionResponse {
          memory.recordReceived(q);
          if (region.contains(q)) return { kind: 'accept' };
          return offer(memory.segmentHit() ?? next());
        },
      };
    },
  };
}

import type { Rng } from '../../core/rng.ts';
import type { Point } from './point.ts';
import type { RegionMemory } from './region-memory.ts';

export interface SemicircleStepOptions {
  /** The margin ε: the radius of the circle (C.1.3). */
  readonly margin: number;
  readonly rng: Rng;
  /** Centre of the circle; default the own latest offer. */
  readonly center?: Point;
  /** Draws before falling back to a random point of the area (default 64, our choice C.1.3). */
  readonly maxDraws?: number;
  /** Extra admissibility test (the grid's unused nodes, for instance). */
  readonly admissible?: (p: Point) => boolean;
}

/**
 * The ERMP move (negotiation.md C.1.3 step 2) [reconstructed]: with p the centre and q the opponent's
 * latest offer, v̂ = (q − p)/|q − p| and ŵ ⟂ v̂, a random point p + ε(cos θ·v̂ + sin θ·ŵ), θ uniform in
 * [−π/2, π/2] — the semicircle closer to q — that lies in the own area and outside every shadow;
 * failing that, a random point of the area outside the shadows; null if none is found either.
 */
export function semicircleStep(memory: RegionMemory, options: SemicircleStepOptions): Point | null {
  const { margin, rng } = options;
  const draws = options.maxDraws ?? 64;
  const region = memory.region;
  const ok = (x: Point): boolean =>
    region.contains(x) && !memory.excluded(x) && (options.admissible === undefined || options.admissible(x));
  const p = options.center ?? memory.last;
  const q = memory.received[memory.received.length - 1];
  if (p !== null && q !== undefined) {
    const dx = q.x - p.x;
    const dy = q.y - p.y;
    const len = Math.hypot(dx, dy);
    if (len > 0) {
      const v = { x: dx / len, y: dy / len };
      const w = { x: -v.y, y: v.x };
      for (let k = 0; k < draws; k++) {
        const th = rng.real(-Math.PI / 2, Math.PI / 2);
        const c = Math.cos(th) * margin;
        const s = Math.sin(th) * margin;
        const x = { x: p.x + c * v.x + s * w.x, y: p.y + c * v.y + s * w.y };
        if (ok(x)) return x;
      }
    }
  }
  for (let k = 0; k < draws; k++) {
    const x = region.randomPoint(rng);
    if (ok(x)) return x;
  }
  return null;
}

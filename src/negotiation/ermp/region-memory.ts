import type { ConvexRegion } from './convex-region.ts';
import { distance, lerp, type Point } from './point.ts';
import { projectionShadow, type ProjectionShadow } from './projection-shadow.ts';

export interface RegionMemoryOptions {
  /**
   * Deduce shadows from the opponent's answers (default true). Sound only when the opponent follows
   * the segment rule (offers a point of the segment between one's last two offers when it can): ERMP
   * agents and RMP's free agent do, so ERMP agents and RMP's vertex-bound agent reason this way.
   */
  readonly shadows?: boolean;
}

/**
 * What an agent remembers in RMP/ERMP (negotiation.md C.1.2–C.1.3): its own and the opponent's
 * offers, and the shadows deduced so far. Only the two latest offers of each side are needed to build
 * new shadows (C.1.3 step 4); the shadows themselves accumulate.
 */
export class RegionMemory {
  readonly region: ConvexRegion;
  readonly #deduce: boolean;
  readonly #own: Point[] = [];
  readonly #received: Point[] = [];
  readonly #shadows: ProjectionShadow[] = [];

  constructor(region: ConvexRegion, options: RegionMemoryOptions = {}) {
    this.region = region;
    this.#deduce = options.shadows ?? true;
  }

  /** Own offers so far. */
  get own(): readonly Point[] {
    return this.#own;
  }

  /** The opponent's offers so far. */
  get received(): readonly Point[] {
    return this.#received;
  }

  get shadows(): readonly ProjectionShadow[] {
    return this.#shadows;
  }

  /** The own latest offer, or null. */
  get last(): Point | null {
    return this.#own[this.#own.length - 1] ?? null;
  }

  recordOwn(p: Point): void {
    this.#own.push(p);
  }

  /**
   * Records the opponent's answer q to one's latest offer. If one has offered a1 then a2 and q is
   * not an agreement, the opponent's area misses [a1, a2] (it would have offered a point of it), so
   * the shadows of [a1, a2] seen from q and from the opponent's previous offer are excluded (C.1.2).
   */
  recordReceived(q: Point): void {
    this.#received.push(q);
    const n = this.#own.length;
    if (!this.#deduce || n < 2 || this.region.contains(q)) return;
    const segment = { a1: this.#own[n - 2] as Point, a2: this.#own[n - 1] as Point };
    for (const from of this.#received.slice(-2)) {
      const s = projectionShadow(segment, from);
      if (s !== null) this.#shadows.push(s);
    }
  }

  /** Whether p lies in a stored shadow (never to be offered). */
  excluded(p: Point): boolean {
    for (const s of this.#shadows) if (s.contains(p)) return true;
    return false;
  }

  /**
   * The segment rule (C.1.3 step 3): if the own area meets the segment between the opponent's last
   * two offers — which lies in the opponent's area by convexity — the point of that intersection
   * nearest to one's last offer (our choice), which the opponent must accept; else null.
   */
  segmentHit(): Point | null {
    const n = this.#received.length;
    if (n < 2) return null;
    const a = this.#received[n - 2] as Point;
    const b = this.#received[n - 1] as Point;
    const clip = this.region.clipSegment(a, b);
    if (clip === null) return null;
    const [t0, t1] = clip;
    const p = this.last;
    let t = (t0 + t1) / 2;
    if (p !== null) {
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const len2 = dx * dx + dy * dy;
      const tp = len2 === 0 ? t0 : ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2;
      t = Math.min(t1, Math.max(t0, tp));
    }
    const hit = lerp(a, b, t);
    // Clipping tolerances can put the end of the interval a hair outside; step inward if so.
    if (this.region.contains(hit)) return hit;
    const mid = lerp(a, b, (t0 + t1) / 2);
    return this.region.contains(mid) ? mid : null;
  }

  /** The distance from p to the opponent's latest offer (Infinity before any). */
  distanceToOpponent(p: Point): number {
    const q = this.#received[this.#received.length - 1];
    return q === undefined ? Infinity : distance(p, q);
  }
}

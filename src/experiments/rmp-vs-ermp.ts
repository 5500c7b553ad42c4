import { ermpNegotiator } from '../../agents/negotiators/ermp.ts';
import { ermpIntegratedNegotiator } from '../../agents/negotiators/ermp-integrated.ts';
import { rmpNegotiator } from '../../agents/negotiators/rmp.ts';
import { polygonPair } from '../../worlds/fruit-market/polygon-pair.ts';
import type { ConvexRegion } from '../negotiation/ermp/convex-region.ts';
import type { RegionNegotiatorFactory } from '../negotiation/ermp/region-types.ts';
import type { Cell, ExperimentOptions, ExperimentReport } from './experiment-report.ts';
import { interactionStats, type InteractionStats } from './interaction-stats.ts';
import { regionTrials } from './region-trials.ts';

/** Vertex counts, overlap depths, the ERMP margin (circumradius 1) and the integration's steps (our choices). */
const VERTICES = [3, 4, 6, 8, 16, 32, 64] as const;
const DEPTHS = [0.4, 0.1] as const;
const GAP = -0.2;
const MARGIN = 0.3;
const STEPS = 5;

interface Variant {
  readonly label: string;
  readonly factories: readonly [RegionNegotiatorFactory, RegionNegotiatorFactory];
}

const RMP: Variant = {
  label: 'RMP',
  factories: [rmpNegotiator({ role: 'vertex' }), rmpNegotiator({ role: 'free' })],
};
const RMP_NEAREST: Variant = {
  label: 'RMP nearest',
  factories: [
    rmpNegotiator({ role: 'vertex', order: 'nearest' }),
    rmpNegotiator({ role: 'free', order: 'nearest' }),
  ],
};
const ERMP: Variant = {
  label: 'ERMP',
  factories: [ermpNegotiator({ margin: MARGIN }), ermpNegotiator({ margin: MARGIN })],
};
const INTEGRATED: Variant = {
  label: 'RMP+ERMP',
  factories: [
    // Opposed private preferences: agent 0 prefers small x, agent 1 large x (a buyer and a seller on price).
    ermpIntegratedNegotiator({
      margin: MARGIN,
      preference: (p) => -p.x,
      preferredCount: 2,
      ermpSteps: STEPS,
    }),
    ermpIntegratedNegotiator({ margin: MARGIN, preference: (p) => p.x, preferredCount: 2, ermpSteps: STEPS }),
  ],
};

/**
 * RMP versus ERMP on areas with few and many vertices (seed 001 §4.1, negotiation.md C.1.6): two
 * regular k-gons of circumradius 1, randomly turned, overlapping by a fixed share of the inradius,
 * or disjoint; `instances` (default 200) per row. RMP: agent 0 vertex-bound, agent 1 free; ERMP:
 * both; RMP+ERMP: the integration (C.1.5). Agent 0 opens.
 */
export function rmpVsErmp(options: ExperimentOptions): ExperimentReport {
  const instances = options.instances ?? 200;
  const run = (v: Variant, k: number, depth: number): InteractionStats =>
    interactionStats(
      regionTrials(
        (rng) => ({
          areas: polygonPair(rng, { vertices: k, depth }).areas as [ConvexRegion, ConvexRegion],
          factories: v.factories,
        }),
        { seed: `${options.seed}/rmp-vs-ermp/${depth}/${k}`, instances },
      ),
    );
  const variants = [RMP, RMP_NEAREST, ERMP, INTEGRATED];
  const overlapping: Cell[][] = DEPTHS.flatMap((depth) =>
    VERTICES.map((k) => {
      const cells: Cell[] = [depth, k];
      for (const v of variants) {
        const s = run(v, k, depth);
        cells.push(s.mean, s.agreementPct);
      }
      return cells;
    }),
  );
  const disjoint: Cell[][] = VERTICES.map((k) => {
    const cells: Cell[] = [k];
    for (const v of [RMP, ERMP]) {
      const s = run(v, k, GAP);
      cells.push(s.meanAll, s.endedPct, s.timeoutPct);
    }
    return cells;
  });
  return {
    name: 'rmp-vs-ermp',
    title: `RMP versus ERMP on areas with few and many vertices, ${instances} instances per row`,
    seed: options.seed,
    instances,
    tables: [
      {
        title: `Overlapping areas: mean interactions to agreement and agreement rate (two regular k-gons overlapping by a share of the inradius; ERMP ε = ${MARGIN})`,
        headers: [
          'overlap',
          'vertices',
          ...variants.flatMap((v) => [`${v.label} mean`, `${v.label} agree %`]),
        ],
        rows: overlapping,
      },
      {
        title: `Disjoint areas (circumscribed circles ${-GAP} apart): interactions until the negotiation ends`,
        headers: [
          'vertices',
          'RMP mean',
          'RMP proved none %',
          'RMP cap %',
          'ERMP mean',
          'ERMP gave up %',
          'ERMP cap %',
        ],
        rows: disjoint,
      },
    ],
    notes: [
      'Every overlapping instance has an agreement; an agreement rate below 100 % is a false "no agreement" (RMP: the vertex-bound agent ran out of vertices; RMP+ERMP: it ran out of steps) or the cap of 100 interactions.',
      "RMP offers admissible vertices in random order (the seed gives no order); 'RMP nearest' offers the vertex nearest to the opponent's latest offer (our heuristic). The free agent prefers vertices and offers a point of the vertex-bound agent's last segment when its area meets it (seed 001 §2).",
      `RMP+ERMP: each agent ranks its vertices by a private preference opposed to the other's, offers its 2 preferred vertices, runs ${STEPS} ERMP steps from each, then the remaining vertices, then ${STEPS} ERMP steps from a random point (seed 001 §3.3).`,
      "ERMP 'gave up': no admissible point found in 64 semicircle and 64 random draws (the shadows cover the area).",
    ],
  };
}

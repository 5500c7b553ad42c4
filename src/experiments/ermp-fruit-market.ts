import { ermpNegotiator } from '../../agents/negotiators/ermp.ts';
import { FRUIT_MARKET } from '../../worlds/fruit-market/fruit-market.ts';
import type { ConvexRegion } from '../negotiation/ermp/convex-region.ts';
import { normalizedRegion } from '../negotiation/ermp/normalized-region.ts';
import { unionBox } from '../negotiation/ermp/union-box.ts';
import type { Cell, ExperimentOptions, ExperimentReport } from './experiment-report.ts';
import { interactionStats } from './interaction-stats.ts';
import { regionTrials } from './region-trials.ts';

/** The margin in normalised units and the interaction cap of our reproduction (negotiation.md C.1.6). */
const MARGIN = 0.1;
const CAP = 100;

/**
 * The fruit-market experiment of seed 001 §4 (negotiation.md C.1.6): ERMP seller (opens) against
 * ERMP buyer over `instances` (default 500) seeded instances, axes normalised, ε = 0.1, cap 100;
 * also with the convergence grid (C.1.4).
 */
export function ermpFruitMarket(options: ExperimentOptions): ExperimentReport {
  const instances = options.instances ?? 500;
  const box = unionBox(FRUIT_MARKET.areas);
  const areas = FRUIT_MARKET.areas.map((a) => normalizedRegion(a, box)) as [ConvexRegion, ConvexRegion];
  const variants = [
    { label: 'ERMP', factory: ermpNegotiator({ margin: MARGIN }) },
    { label: 'ERMP + grid (C.1.4)', factory: ermpNegotiator({ margin: MARGIN, grid: true }) },
  ];
  const runs = variants.map((v) => ({
    label: v.label,
    results: regionTrials(() => ({ areas, factories: [v.factory, v.factory] }), {
      seed: `${options.seed}/ermp-fruit-market`,
      instances,
      maxInteractions: CAP,
    }),
  }));
  const summary: Cell[][] = runs.map(({ label, results }) => {
    const s = interactionStats(results);
    return [label, s.agreementPct, s.mean, s.min, s.minPct, s.max, s.maxPct, s.oneStepPct];
  });
  summary.push(['seed 001 (its own triangle and margins)', 'all', 'lost', 1, 56, 15, 3, 56]);
  const maxSeen = Math.max(...runs.flatMap((r) => r.results.map((x) => x.interactions)));
  const distribution: Cell[][] = [];
  for (let k = 1; k <= maxSeen; k++)
    distribution.push([
      k,
      ...runs.map((r) => r.results.filter((x) => x.status === 'agreement' && x.interactions === k).length),
    ]);
  return {
    name: 'ermp-fruit-market',
    title: `ERMP on the fruit market (seed 001 §4), ${instances} instances`,
    seed: options.seed,
    instances,
    tables: [
      {
        title: 'Interactions to agreement (an interaction is a pair of proposals)',
        headers: ['variant', 'agreements %', 'mean', 'min', 'at min %', 'max', 'at max %', 'in one step %'],
        rows: summary,
      },
      {
        title: 'Distribution of interactions',
        headers: ['interactions', ...runs.map((r) => r.label)],
        rows: distribution,
      },
    ],
    notes: [
      'Seller triangle (1.2, 100), (4, 100), (4, 1) is our reconstruction (its vertices were lost); buyer rectangle as in the seed.',
      `Axes normalised by the union of both bounding boxes (price 1-4, quantity 1-100); margin ${MARGIN} for both agents; cap ${CAP} interactions; the seller opens (our choices, negotiation.md C.1.3, C.1.6).`,
    ],
  };
}

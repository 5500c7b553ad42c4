import { ermpNegotiator } from '../../agents/negotiators/ermp.ts';
import { squarePair } from '../../worlds/fruit-market/square-pair.ts';
import type { ConvexRegion } from '../negotiation/ermp/convex-region.ts';
import type { RegionNegotiatorFactory } from '../negotiation/ermp/region-types.ts';
import type { Cell, ExperimentOptions, ExperimentReport, ExperimentTable } from './experiment-report.ts';
import { farthestVertex } from './farthest-vertex.ts';
import { interactionStats } from './interaction-stats.ts';
import { regionTrials } from './region-trials.ts';

/** Our settings for the four factor studies (the seed's numbers were lost, negotiation.md C.1.6). */
const SIDE = 40;
const MARGIN = 4;
const OVERLAPS = [2.5, 5, 10, 20, 30] as const;
const DISTANCE_OVERLAPS = [5, 10, 20, 30] as const;
const SIDES = [10, 20, 40, 80, 160] as const;
const MARGINS = [0.5, 1, 2, 4, 6, 8, 10, 15, 20, 30, 45, 60, 80] as const;
const MARGIN_OVERLAP = 10;

/**
 * The four factor studies of seed 001 §4 (negotiation.md C.1.6) on two squares meeting in a square:
 * (i) intersection size, (ii) random versus farthest first proposals, (iii) area size with a 5 × 5
 * intersection, (iv) the margin ε. Both agents play ERMP; agent 0 opens; default 500 instances each.
 */
export function ermpParameters(options: ExperimentOptions): ExperimentReport {
  const instances = options.instances ?? 500;
  const run = (label: string, side: number, overlap: number, margin: number, farthest = false) => {
    const scenario = squarePair({ side, overlap });
    const areas = scenario.areas as [ConvexRegion, ConvexRegion];
    const starts = farthest ? areas.map((a, i) => farthestVertex(a, areas[1 - i] as ConvexRegion)) : [];
    const factories = [0, 1].map((i) => {
      const start = starts[i];
      return ermpNegotiator({ margin, ...(start === undefined ? {} : { start }) });
    });
    return interactionStats(
      regionTrials(
        () => ({ areas, factories: factories as [RegionNegotiatorFactory, RegionNegotiatorFactory] }),
        {
          seed: `${options.seed}/ermp-parameters/${label}`,
          instances,
        },
      ),
    );
  };
  const basic = (s: ReturnType<typeof run>): Cell[] => [s.mean, s.min, s.max, s.agreementPct, s.timeoutPct];
  const tables: ExperimentTable[] = [
    {
      title: `(i) Intersection size: squares of side ${SIDE}, ε = ${MARGIN}, random first proposals`,
      headers: [
        'intersection',
        'area',
        'mean',
        'min',
        'max',
        'agreements %',
        'cap hit %',
        'mean x area / 100',
      ],
      rows: OVERLAPS.map((o) => {
        const s = run(`i/${o}`, SIDE, o, MARGIN);
        return [`${o} x ${o}`, o * o, ...basic(s), (s.mean * o * o) / 100];
      }),
    },
    {
      title: `(ii) Distance between first proposals: squares of side ${SIDE}, ε = ${MARGIN}`,
      headers: [
        'intersection',
        'first proposals',
        'mean',
        'min',
        'max',
        'low (1-3) %',
        'medium (4-9) %',
        'high (10+) %',
      ],
      rows: DISTANCE_OVERLAPS.flatMap((o) =>
        (['random', 'farthest'] as const).map((mode) => {
          const s = run(`ii/${o}/${mode}`, SIDE, o, MARGIN, mode === 'farthest');
          return [`${o} x ${o}`, mode, s.mean, s.min, s.max, s.lowPct, s.mediumPct, s.highPct];
        }),
      ),
    },
    {
      title: `(iii) Area size: intersection 5 x 5, ε = ${MARGIN}, random first proposals`,
      headers: ['area side', 'area', 'mean', 'min', 'max', 'agreements %', 'cap hit %'],
      rows: SIDES.map((side) => [side, side * side, ...basic(run(`iii/${side}`, side, 5, MARGIN))]),
    },
    {
      title: `(iv) Margin ε: squares of side ${SIDE}, intersection ${MARGIN_OVERLAP} x ${MARGIN_OVERLAP}, random first proposals`,
      headers: ['ε', 'mean', 'min', 'max', 'agreements %', 'cap hit %'],
      rows: MARGINS.map((e) => [e, ...basic(run(`iv/${e}`, SIDE, MARGIN_OVERLAP, e))]),
    },
  ];
  return {
    name: 'ermp-parameters',
    title: `ERMP parameter studies (seed 001 §4 cases i-iv), ${instances} instances per row`,
    seed: options.seed,
    instances,
    tables,
    notes: [
      `Geometry is ours (the seed's settings were lost): agent 0 holds [0, side]², agent 1 the square of the same side shifted along the diagonal so that they meet in the stated square; raw units, no normalisation; cap 100 interactions; agent 0 opens.`,
      'Farthest first proposals: each agent opens at the vertex of its area farthest from the intersection (the seed forces "the point more distant from the intersection area").',
    ],
  };
}

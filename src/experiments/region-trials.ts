import { createRng, type Rng } from '../core/rng.ts';
import type { ConvexRegion } from '../negotiation/ermp/convex-region.ts';
import type {
  RegionNegotiator,
  RegionNegotiatorFactory,
  RegionResult,
} from '../negotiation/ermp/region-types.ts';
import { runRegionNegotiation } from '../negotiation/ermp/run-region-negotiation.ts';

/** One instance: the two areas and the two negotiator types (agent 0 opens). */
export interface RegionTrial {
  readonly areas: readonly [ConvexRegion, ConvexRegion];
  readonly factories: readonly [RegionNegotiatorFactory, RegionNegotiatorFactory];
}

export interface RegionTrialsOptions {
  readonly seed: string;
  readonly instances: number;
  /** Default 100 (C.1.6). */
  readonly maxInteractions?: number;
}

/**
 * Runs `instances` seeded negotiations; instance k uses stream `<seed>/k` to build its trial and
 * `<seed>/k/agent/i` for agent i, so sub-cases with the same seed see the same random draws.
 */
export function regionTrials(
  build: (rng: Rng, k: number) => RegionTrial,
  options: RegionTrialsOptions,
): RegionResult[] {
  const out: RegionResult[] = [];
  for (let k = 0; k < options.instances; k++) {
    const root = createRng(options.seed).derive(k);
    const trial = build(root.derive('build'), k);
    const negotiators = [0, 1].map((i) =>
      (trial.factories[i] as RegionNegotiatorFactory).create({
        region: trial.areas[i] as ConvexRegion,
        rng: root.derive('agent', i),
      }),
    );
    out.push(
      runRegionNegotiation([negotiators[0] as RegionNegotiator, negotiators[1] as RegionNegotiator], {
        areas: trial.areas,
        maxInteractions: options.maxInteractions ?? 100,
      }),
    );
  }
  return out;
}

import { type FeatureAnchors, featureAnchors } from './feature-anchors.ts';
import type { Outcome } from './issue.ts';
import { type OpponentFeatures, opponentFeatures } from './opponent-features.ts';
import type { SaoResult, SaoStatus } from './sao-types.ts';
import { type ScenarioStats, scenarioStats } from './scenario-stats.ts';
import type { UtilityFunction } from './utility-function.ts';

/** Outcome metrics of one finished negotiation (negotiation.md B.7.1, B.7.3). */
export interface NegotiationMetrics {
  readonly status: Exclude<SaoStatus, 'running'>;
  readonly agreement: Outcome | null;
  readonly agreed: boolean;
  /** Each party's utility: of the agreement, or its reserved value without one ("score all runs"). */
  readonly utilities: readonly number[];
  /** Each party's advantage (u − r)/(max − r) with r the A.6 effective reserved value; 0 without agreement. */
  readonly advantages: readonly number[];
  /** Mean utility (B.7.1 "welfare"). */
  readonly welfare: number;
  /** Sum of utilities (B.7.1 "social welfare"). */
  readonly socialWelfare: number;
  /** Σ_i (u_i − r_i) with effective reserved values; 0 without agreement. */
  readonly gainsFromTrade: number;
  /** Euclidean distance in utility space to the nearest Pareto point; null without agreement. */
  readonly paretoDistance: number | null;
  /** Euclidean distance to the Nash point; null without agreement or Nash point. */
  readonly nashDistance: number | null;
  /** Rounds played (SaoResult.rounds). */
  readonly rounds: number;
  /** 0-based round of the agreement; null without agreement. */
  readonly agreementRound: number | null;
  /** Relative time (s + 1)/(n + 1) of the agreement round; null without agreement. */
  readonly agreementTime: number | null;
  /** 1 − agreement time, or 0 without agreement. */
  readonly agreementSpeed: number;
  /**
   * features[i]: CR and AR of party i's opponent and DCP of party i, seen from party i with true
   * utilities (B.7.3). Bilateral negotiations only (otherwise empty); CR and AR are null when the
   * transcript holds no offer of the opponent (also when the mechanism kept no transcript).
   */
  readonly features: readonly OpponentFeatures[];
}

export interface NegotiationMetricsOptions {
  /** Precomputed `scenarioStats(ufuns, outcomes)` (recommended when scoring many negotiations). */
  readonly stats?: ScenarioStats;
  /** The outcome list to compute the statistics from when `stats` is not given. */
  readonly outcomes?: readonly Outcome[];
}

/**
 * Metrics of a finished negotiation from its result and the parties' utility functions, in the
 * negotiation's party order. CR/AR need the mechanism's transcript (`transcript: true`).
 */
export function negotiationMetrics(
  result: SaoResult<Outcome>,
  ufuns: readonly UtilityFunction<Outcome>[],
  options: NegotiationMetricsOptions = {},
): NegotiationMetrics {
  let stats = options.stats;
  if (stats === undefined) {
    if (options.outcomes === undefined) throw new RangeError('negotiationMetrics() needs stats or outcomes');
    stats = scenarioStats(ufuns, options.outcomes);
  }
  const k = ufuns.length;
  if (stats.maxUtilities.length !== k)
    throw new RangeError(`stats are for ${stats.maxUtilities.length} parties, not ${k}`);
  const agreement = result.status === 'agreement' ? result.agreement : null;
  const agreed = agreement !== null;
  const utilities = ufuns.map((u) => u.eval(agreement));
  const r = stats.effectiveReservedValues;
  const advantages = utilities.map((u, i) => {
    if (!agreed) return 0;
    const span = (stats.maxUtilities[i] as number) - (r[i] as number);
    return span > 0 ? (u - (r[i] as number)) / span : 0;
  });
  const socialWelfare = utilities.reduce((a, b) => a + b, 0);
  const gainsFromTrade = agreed ? utilities.reduce((a, u, i) => a + u - (r[i] as number), 0) : 0;
  let paretoDistance: number | null = null;
  let nashDistance: number | null = null;
  if (agreed) {
    paretoDistance = Infinity;
    for (const index of stats.frontier) {
      paretoDistance = Math.min(
        paretoDistance,
        distance(utilities, stats.utilities[index] as readonly number[]),
      );
    }
    if (stats.nash !== null) nashDistance = distance(utilities, stats.nash.utilities);
  }
  const agreementTime = agreed ? result.relativeTime : null;
  return {
    status: result.status,
    agreement,
    agreed,
    utilities,
    advantages,
    welfare: socialWelfare / k,
    socialWelfare,
    gainsFromTrade,
    paretoDistance,
    nashDistance,
    rounds: result.rounds,
    agreementRound: agreed ? result.rounds - 1 : null,
    agreementTime,
    agreementSpeed: agreementTime === null ? 0 : 1 - agreementTime,
    features: k === 2 ? bilateralFeatures(result, ufuns, stats, agreement) : [],
  };
}

function bilateralFeatures(
  result: SaoResult<Outcome>,
  ufuns: readonly UtilityFunction<Outcome>[],
  stats: ScenarioStats,
  agreement: Outcome | null,
): OpponentFeatures[] {
  const offers: Outcome[][] = [[], []];
  for (const action of result.transcript) {
    if (action.kind === 'offer' && action.outcome !== undefined) offers[action.actor]?.push(action.outcome);
  }
  return [0, 1].map((i) => {
    const j = 1 - i;
    const anchors = anchorsOf(stats)[i] as FeatureAnchors;
    return opponentFeatures(ufuns[i] as UtilityFunction<Outcome>, ufuns[j] as UtilityFunction<Outcome>, {
      anchors,
      opponentOffers: offers[j] as Outcome[],
      agreement,
    });
  });
}

// Anchors are a pass over every outcome: computed once per statistics object (pure, so caching is safe).
const ANCHORS = new WeakMap<ScenarioStats, readonly FeatureAnchors[]>();

function anchorsOf(stats: ScenarioStats): readonly FeatureAnchors[] {
  let anchors = ANCHORS.get(stats);
  if (anchors === undefined) {
    anchors = [0, 1].map((i) => featureAnchors(stats.utilities, { own: i, opponent: 1 - i }));
    ANCHORS.set(stats, anchors);
  }
  return anchors;
}

function distance(a: readonly number[], b: readonly number[]): number {
  let sq = 0;
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] as number) - (b[i] as number);
    sq += d * d;
  }
  return Math.sqrt(sq);
}

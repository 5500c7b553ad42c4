import { effectiveReservedValues } from './effective-reserved-values.ts';
import type { Outcome } from './issue.ts';
import { kalaiPoint } from './kalai-point.ts';
import { kalaiSmorodinskyPoint } from './kalai-smorodinsky-point.ts';
import { maxWelfarePoint } from './max-welfare-point.ts';
import { nashPoint } from './nash-point.ts';
import { oppositionLevel } from './opposition-level.ts';
import { paretoFrontier } from './pareto-frontier.ts';
import type { SolutionPoint } from './solution-point.ts';
import { utilityBounds } from './utility-bounds.ts';
import type { UtilityFunction } from './utility-function.ts';
import { utilityVectors } from './utility-vectors.ts';

/** Everything A.6 computes for one scenario, computed once and reused by per-negotiation metrics. */
export interface ScenarioStats {
  readonly nOutcomes: number;
  /** utilities[k][i]: party i's utility of outcome k (outcome order of the input list). */
  readonly utilities: readonly (readonly number[])[];
  /** Per-party utility range over all outcomes. */
  readonly minUtilities: readonly number[];
  readonly maxUtilities: readonly number[];
  /** Reserved values as given (the utility functions' own unless overridden). */
  readonly reservedValues: readonly number[];
  /** Reserved values after the A.6 replacement (min utility when not finite or below the range). */
  readonly effectiveReservedValues: readonly number[];
  /** Indices of Pareto-optimal outcomes (see `paretoFrontier` for the order). */
  readonly frontier: readonly number[];
  readonly nash: SolutionPoint | null;
  readonly kalai: SolutionPoint | null;
  readonly kalaiSmorodinsky: SolutionPoint | null;
  readonly maxWelfare: SolutionPoint | null;
  /** Opposition over individually rational outcomes (all outcomes when none is rational). */
  readonly opposition: number;
  /** GENIUS-scale opposition: max-normalised utilities over all outcomes (negotiation.md D.2). */
  readonly geniusOpposition: number;
  /** Fraction of outcomes with u_i ≥ r_i for every party (effective reserved values). */
  readonly rationalFraction: number;
}

export interface ScenarioStatsOptions {
  /** Override the utility functions' reserved values. */
  readonly reservedValues?: readonly number[];
}

/**
 * Scenario statistics (negotiation.md A.6): utility ranges, Pareto frontier, Nash, Kalai, KS and
 * maximum-welfare points, opposition and the fraction of outcomes rational for all parties.
 * Opposition needs positive maximum utilities; otherwise it is NaN.
 */
export function scenarioStats<O = Outcome>(
  ufuns: readonly UtilityFunction<O>[],
  outcomes: readonly O[],
  options: ScenarioStatsOptions = {},
): ScenarioStats {
  if (outcomes.length === 0) throw new RangeError('scenarioStats() needs at least one outcome');
  const utilities = utilityVectors(ufuns, outcomes);
  const bounds = utilityBounds(utilities);
  const reservedValues = options.reservedValues ?? ufuns.map((u) => u.reservedValue);
  if (reservedValues.length !== ufuns.length) {
    throw new RangeError(`reservedValues needs ${ufuns.length} values, got ${reservedValues.length}`);
  }
  const effective = effectiveReservedValues(bounds, reservedValues);
  const frontier = paretoFrontier(utilities);
  const solution = { reservedValues, frontier };
  let rational = 0;
  for (const v of utilities) if (v.every((u, i) => u >= (effective[i] as number))) rational++;
  const positive = bounds.max.every((m) => m > 0 && Number.isFinite(m));
  return {
    nOutcomes: outcomes.length,
    utilities,
    minUtilities: bounds.min,
    maxUtilities: bounds.max,
    reservedValues: reservedValues.slice(),
    effectiveReservedValues: effective,
    frontier,
    nash: nashPoint(utilities, solution),
    kalai: kalaiPoint(utilities, solution),
    kalaiSmorodinsky: kalaiSmorodinskyPoint(utilities, solution),
    maxWelfare: maxWelfarePoint(utilities),
    opposition: positive ? oppositionLevel(utilities, { reservedValues }) : NaN,
    geniusOpposition: positive ? oppositionLevel(utilities) : NaN,
    rationalFraction: rational / outcomes.length,
  };
}

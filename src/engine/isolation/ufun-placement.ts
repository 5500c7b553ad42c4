import type { LeagueIssues } from '../../../worlds/base/league-types.ts';
import type { UfunPlacement } from '../../../worlds/base/league-ufun.ts';

/** The parts of an agent's view that fix where its profit function sits. */
export interface PlacementView {
  readonly name: string;
  readonly isFirstLevel: boolean;
  readonly isLastLevel: boolean;
  readonly mySuppliers: readonly string[];
  readonly myConsumers: readonly string[];
  readonly currentInputIssues: LeagueIssues | null;
  readonly currentOutputIssues: LeagueIssues | null;
}

/**
 * The placement of a factory's profit function, read from its view: what LeagueWorld gives LeagueUfun
 * (the factories of the level below and above, no system agents; today's issues, or none outside a day).
 * Pure: the same view state gives the same placement.
 */
export function ufunPlacementOf(view: PlacementView): UfunPlacement {
  const first = view.isFirstLevel;
  const last = view.isLastLevel;
  return {
    name: view.name,
    isFirstLevel: first,
    isLastLevel: last,
    suppliers: first ? [] : view.mySuppliers.slice(),
    consumers: last ? [] : view.myConsumers.slice(),
    inputIssues: first ? null : view.currentInputIssues,
    outputIssues: last ? null : view.currentOutputIssues,
  };
}

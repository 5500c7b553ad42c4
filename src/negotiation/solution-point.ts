/** An outcome chosen by a solution concept (negotiation.md A.6). */
export interface SolutionPoint {
  /** Index of the outcome in the utility-vector list. */
  readonly index: number;
  /** Its utility vector. */
  readonly utilities: readonly number[];
  /** The concept's objective at this outcome (product of gains, minimum gain, spread, welfare). */
  readonly value: number;
}

/** Options shared by the frontier-based concepts (Nash, Kalai, Kalai–Smorodinsky). */
export interface SolutionOptions {
  /** Reserved value per party; replaced as A.6 says when not finite or below the range. */
  readonly reservedValues?: readonly number[];
  /** Precomputed `paretoFrontier(utilityVectors)`, to skip recomputing it. */
  readonly frontier?: readonly number[];
}

// Test helpers: tiny inline utility functions and a bilateral run of two catalogued negotiators.
import { createRng } from '../../src/core/rng.ts';
import type { Outcome } from '../../src/negotiation/issue.ts';
import type { NegotiatorContext, NegotiatorFactory } from '../../src/negotiation/negotiator-factory.ts';
import type { OutcomeSpace } from '../../src/negotiation/outcome-space.ts';
import { SaoMechanism } from '../../src/negotiation/sao-mechanism.ts';
import type { SaoNegotiator, SaoResult } from '../../src/negotiation/sao-types.ts';
import type { UtilityFunction } from '../../src/negotiation/utility-function.ts';

/** One issue's contribution: a linear score of a numeric value in [min, max], rising or falling. */
export interface LinearTerm {
  readonly issue: string;
  readonly min: number;
  readonly max: number;
  readonly weight: number;
  readonly rising: boolean;
}

/** u(ω) = Σ w · score(ω_issue); null evaluates to the reserved value. */
export function linearUfun(terms: readonly LinearTerm[], reservedValue = 0): UtilityFunction<Outcome> {
  return {
    reservedValue,
    eval(o: Outcome | null): number {
      if (o === null) return reservedValue;
      let u = 0;
      for (const t of terms) {
        const v = o[t.issue];
        if (typeof v !== 'number') continue;
        const f = t.max === t.min ? 1 : (v - t.min) / (t.max - t.min);
        u += t.weight * (t.rising ? f : 1 - f);
      }
      return u;
    },
  };
}

export interface Party {
  readonly factory: NegotiatorFactory;
  readonly ufun: UtilityFunction<Outcome>;
}

/** A context for negotiator `index` with its own stream derived from `seed`. */
export function contextFor(
  space: OutcomeSpace,
  ufun: UtilityFunction<Outcome>,
  options: { nSteps: number; seed: string; index: number },
): NegotiatorContext {
  return {
    space,
    ufun,
    nSteps: options.nSteps,
    rng: createRng(options.seed).derive('negotiator', options.index),
    index: options.index,
  };
}

/** Runs a bilateral negotiation (first party opens) with a transcript. */
export function runPair(
  space: OutcomeSpace,
  a: Party,
  b: Party,
  options: { nSteps: number; seed?: string },
): SaoResult<Outcome> {
  const seed = options.seed ?? 'test';
  const negotiators: SaoNegotiator<Outcome>[] = [a, b].map((p, index) =>
    p.factory.create(contextFor(space, p.ufun, { nSteps: options.nSteps, seed, index })),
  );
  return new SaoMechanism<Outcome>({
    negotiators,
    nSteps: options.nSteps,
    isValid: (o) => space.contains(o),
    transcript: true,
  }).run();
}

/** The offers made by `actor`, in order. */
export function offersOf(result: SaoResult<Outcome>, actor: number): Outcome[] {
  return result.transcript
    .filter((a) => a.actor === actor && a.kind === 'offer' && a.outcome !== undefined)
    .map((a) => a.outcome as Outcome);
}

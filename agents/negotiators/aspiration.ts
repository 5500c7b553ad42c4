// negotiation.md B.1 "Aspiration negotiator" (NegMAS 0.11.6 `AspirationNegotiator`,
// src/negmas/gb/negotiators/timebased.py): polynomial Boulware curve, a_max = 1, ε = 0.001, presorted
// list of all outcomes, deterministic offers.
import type { NegotiatorFactory } from '../../src/negotiation/negotiator-factory.ts';
import { type AspirationName, aspirationCurve } from '../components/aspiration-curve.ts';
import { curveNegotiator } from '../components/curve-negotiator.ts';

export interface AspirationOptions {
  /** Registry name; default 'aspiration'. */
  readonly name?: string;
  /** Polynomial exponent or name; default 'boulware' (e = 4). */
  readonly exponent?: number | AspirationName;
  /** a_max; default 1. */
  readonly maxAspiration?: number;
  /** ε; default 0.001. */
  readonly tolerance?: number;
}

/** The NegMAS aspiration negotiator (B.1) with optional parameters. */
export function aspirationNegotiator(options: AspirationOptions = {}): NegotiatorFactory {
  const exponent = options.exponent ?? 'boulware';
  const curve = aspirationCurve({ exponent, maxAspiration: options.maxAspiration ?? 1 });
  const tolerance = options.tolerance ?? 0.001;
  return {
    name: options.name ?? 'aspiration',
    description: `NegMAS aspiration negotiator: polynomial aspiration (exponent ${String(exponent)}), offers the cheapest outcome above the target, accepts at or above it`,
    create: (ctx) => curveNegotiator(ctx, { curve, tolerance, rationalOnly: false }),
  };
}

// negotiation.md B.1 (NegMAS 0.11.6 `BoulwareTBNegotiator`, `LinearTBNegotiator`, `ConcederTBNegotiator`,
// src/negmas/gb/negotiators/timebased.py): polynomial curve, ε = 0.0001, default inverter (only outcomes
// with u >= r; none -> no offer, which breaks the negotiation).
import type { NegotiatorFactory } from '../../src/negotiation/negotiator-factory.ts';
import { type AspirationName, aspirationCurve } from '../components/aspiration-curve.ts';
import { curveNegotiator } from '../components/curve-negotiator.ts';

export interface TimeBasedOptions {
  /** Registry name; default the exponent's name ('boulware', 'linear', 'conceder', 'hardheaded'). */
  readonly name?: string;
  /** Polynomial exponent or name: Boulware 4, linear 1, conceder 0.25. */
  readonly exponent: number | AspirationName;
  /** ε; default 0.0001. */
  readonly tolerance?: number;
}

/** A NegMAS time-based negotiator (B.1) with the given polynomial exponent. */
export function timeBasedNegotiator(options: TimeBasedOptions): NegotiatorFactory {
  const curve = aspirationCurve({ exponent: options.exponent });
  const tolerance = options.tolerance ?? 0.0001;
  return {
    name:
      options.name ??
      (typeof options.exponent === 'string' ? options.exponent : `time-based-${options.exponent}`),
    description: `NegMAS time-based negotiator: polynomial aspiration 1 - t^e (e = ${String(options.exponent)}) over rational outcomes`,
    create: (ctx) => curveNegotiator(ctx, { curve, tolerance, rationalOnly: true }),
  };
}

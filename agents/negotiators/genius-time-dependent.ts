// negotiation.md B.2 "Utility-scale form" (GENIUS `TimeDependent_Offering`; NegMAS 0.15.x
// src/negmas/gb/components/genius/offering/base_offering.py): f(t) = k + (1 - k) t^(1/e),
// target(t) = P_min + (P_max - P_min)(1 - f(t)) over rational utilities, with ACnext acceptance (B.5).
import type { Outcome } from '../../src/negotiation/issue.ts';
import type { NegotiatorContext, NegotiatorFactory } from '../../src/negotiation/negotiator-factory.ts';
import type { SaoNegotiator, SaoResponse, SaoState } from '../../src/negotiation/sao-types.ts';
import { FARATIN_BETAS, faratinAlpha } from '../components/faratin-alpha.ts';
import { OutcomeLadder } from '../components/outcome-ladder.ts';

export interface GeniusTimeDependentOptions {
  /** Registry name; default 'genius-<e name>'. */
  readonly name?: string;
  /** e (GENIUS's name for Faratin's β) or its name; default 'boulware' (0.2); 0 is the hardliner. */
  readonly e?: number | keyof typeof FARATIN_BETAS;
  /** k; default 0. */
  readonly k?: number;
}

/** GENIUS's time-dependent agent on the utility scale (B.2). */
export function geniusTimeDependentNegotiator(options: GeniusTimeDependentOptions = {}): NegotiatorFactory {
  const eOption = options.e ?? 'boulware';
  const e = typeof eOption === 'number' ? eOption : FARATIN_BETAS[eOption];
  const k = options.k ?? 0;
  return {
    name: options.name ?? `genius-${typeof eOption === 'string' ? eOption : String(eOption)}`,
    description: `GENIUS TimeDependent agent (e ${e}, k ${k}): cheapest outcome above a utility target, ACnext acceptance`,
    create(ctx: NegotiatorContext): SaoNegotiator<Outcome> {
      const ladder = OutcomeLadder.of(ctx.space, ctx.ufun);
      const first = ladder.lowerBound(ctx.ufun.reservedValue); // lowest rational outcome
      const rational = first < ladder.size;
      const pMax = ladder.maxUtility;
      const pMin = rational ? Math.max(ladder.minUtility, ladder.utilityAt(first)) : pMax;
      const slack = 1e-9 * Math.max(1, Math.abs(pMax)); // floating-point rounding only (our choice)
      let lastT = NaN;
      let lastIndex = -1;

      // f(t) is Faratin's polynomial α with κ = k and β = e; the offer index is cached per t.
      function indexAt(t: number): number {
        if (t !== lastT) {
          lastT = t;
          const target =
            pMin + (pMax - pMin) * (1 - faratinAlpha(t, { beta: e, kappa: k, form: 'polynomial' }));
          const i = ladder.lowerBound(target - slack); // slack: a target on a grid point must not miss it
          lastIndex = i < ladder.size ? i : ladder.bestIndex; // rounding can put the target a hair above P_max
        }
        return lastIndex;
      }

      return {
        // No rational outcome: offer nothing, which breaks the negotiation (our choice, as NegMAS's inverter).
        propose: (state: SaoState<Outcome>) => (rational ? ladder.at(indexAt(state.relativeTime)) : null),
        respond(state: SaoState<Outcome>, offer: Outcome): SaoResponse {
          if (!rational) return 'reject';
          return ctx.ufun.eval(offer) >= ladder.utilityAt(indexAt(state.relativeTime)) ? 'accept' : 'reject';
        },
      };
    },
  };
}

// negotiation.md B.2 [reconstructed from Faratin, Sierra & Jennings 1998, "Negotiation decision
// functions for autonomous agents"]: time-dependent tactics issue by issue on numeric issues, with
// Faratin's interpretation rule (ACnext: accept iff V(offer) >= V(own next offer)).
import type { Outcome } from '../../src/negotiation/issue.ts';
import type { NegotiatorContext, NegotiatorFactory } from '../../src/negotiation/negotiator-factory.ts';
import type { SaoNegotiator, SaoResponse, SaoState } from '../../src/negotiation/sao-types.ts';
import { FARATIN_BETAS, faratinAlpha } from '../components/faratin-alpha.ts';
import { type NumericIssueSpec, NumericIssueProfile } from '../components/numeric-issue-profile.ts';

export interface FaratinTimeOptions {
  /** Registry name; default 'faratin-<beta name>' ('faratin-exp-…' for the exponential form). */
  readonly name?: string;
  /** β (Faratin/GENIUS convention) or its name; default 'boulware' (0.2). */
  readonly beta?: number | keyof typeof FARATIN_BETAS;
  /** κ; default 0. */
  readonly kappa?: number;
  /** Default 'polynomial'. */
  readonly form?: 'polynomial' | 'exponential';
  /** Explicit ranges, directions and weights; default inferred from the utility function. */
  readonly issues?: readonly NumericIssueSpec[];
}

/** A Faratin time-dependent negotiator (B.2). */
export function faratinTimeNegotiator(options: FaratinTimeOptions = {}): NegotiatorFactory {
  const betaOption = options.beta ?? 'boulware';
  const beta = typeof betaOption === 'number' ? betaOption : FARATIN_BETAS[betaOption];
  const form = options.form ?? 'polynomial';
  const kappa = options.kappa ?? 0;
  if (!(beta >= 0) || !(kappa >= 0 && kappa <= 1))
    throw new RangeError(`Faratin tactics need beta >= 0 and kappa in [0, 1], got ${beta}, ${kappa}`);
  const betaName = typeof betaOption === 'string' ? betaOption : String(betaOption);
  return {
    name: options.name ?? (form === 'polynomial' ? `faratin-${betaName}` : `faratin-exp-${betaName}`),
    description: `Faratin time-dependent tactic (${form}, beta ${beta}, kappa ${kappa}) per numeric issue, ACnext acceptance`,
    create(ctx: NegotiatorContext): SaoNegotiator<Outcome> {
      const profile =
        options.issues === undefined
          ? NumericIssueProfile.infer(ctx.space, ctx.ufun)
          : new NumericIssueProfile(ctx.space, ctx.ufun, options.issues);
      const r = Number.isNaN(ctx.ufun.reservedValue) ? -Infinity : ctx.ufun.reservedValue;
      const n = profile.issues.length;
      const values = new Float64Array(n);
      let lastT = NaN;
      let next: Outcome = profile.compose(values);

      function offerAt(t: number): Outcome {
        if (t !== lastT) {
          lastT = t;
          const alpha = faratinAlpha(t, { beta, kappa, form });
          for (let j = 0; j < n; j++) values[j] = profile.valueAt(j, alpha);
          next = profile.compose(values);
        }
        return next;
      }

      return {
        propose: (state: SaoState<Outcome>) => offerAt(state.relativeTime),
        respond(state: SaoState<Outcome>, offer: Outcome): SaoResponse {
          // ACnext in V; also never below the reserved value (our choice: r bounds the agent's ranges).
          const ok =
            profile.score(offer) >= profile.score(offerAt(state.relativeTime)) && ctx.ufun.eval(offer) >= r;
          return ok ? 'accept' : 'reject';
        },
      };
    },
  };
}

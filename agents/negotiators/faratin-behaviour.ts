// negotiation.md B.3 [reconstructed from Faratin, Sierra & Jennings 1998, "Negotiation decision
// functions for autonomous agents"]: imitative tactics (relative, random absolute and averaged
// tit-for-tat) issue by issue on numeric issues, with B.2's acceptance (V(offer) >= V(own next offer)).
import type { Outcome } from '../../src/negotiation/issue.ts';
import type { NegotiatorContext, NegotiatorFactory } from '../../src/negotiation/negotiator-factory.ts';
import type { SaoNegotiator, SaoResponse, SaoState } from '../../src/negotiation/sao-types.ts';
import { type NumericIssueSpec, NumericIssueProfile } from '../components/numeric-issue-profile.ts';

/** Which imitative tactic. */
export type FaratinBehaviourKind = 'relative' | 'random-absolute' | 'averaged';

export interface FaratinBehaviourOptions {
  readonly kind: FaratinBehaviourKind;
  /** Registry name; default 'tft-<kind>'. */
  readonly name?: string;
  /** δ for the relative and random absolute tactics; default 1. */
  readonly delta?: number;
  /** γ for the averaged tactic; default 2. */
  readonly gamma?: number;
  /** M as a fraction of each issue's range, rounded up; default 0.02. */
  readonly perturbation?: number;
  /** Explicit ranges, directions and weights; default inferred from the utility function. */
  readonly issues?: readonly NumericIssueSpec[];
}

/** A Faratin behaviour-dependent (tit-for-tat) negotiator (B.3). */
export function faratinBehaviourNegotiator(options: FaratinBehaviourOptions): NegotiatorFactory {
  const { kind } = options;
  const window = kind === 'averaged' ? (options.gamma ?? 2) : (options.delta ?? 1);
  const perturbation = options.perturbation ?? 0.02;
  if (!Number.isInteger(window) || window < 1)
    throw new RangeError(`the tit-for-tat window must be an integer >= 1, got ${window}`);
  return {
    name: options.name ?? `tft-${kind}`,
    description: `Faratin ${kind} tit-for-tat (window ${window}) per numeric issue, ACnext acceptance`,
    create(ctx: NegotiatorContext): SaoNegotiator<Outcome> {
      const profile =
        options.issues === undefined
          ? NumericIssueProfile.infer(ctx.space, ctx.ufun)
          : new NumericIssueProfile(ctx.space, ctx.ufun, options.issues);
      const r = Number.isNaN(ctx.ufun.reservedValue) ? -Infinity : ctx.ufun.reservedValue;
      const n = profile.issues.length;
      const bound = profile.issues.map((s) => Math.ceil(perturbation * (s.max - s.min))); // M per issue
      const sign = profile.issues.map((s) => (s.increasing ? -1 : 1)); // (-1)^σ: toward the opponent
      // History of the opponent's values per issue (o_1 … o_k), and our last offered values s_m.
      const received: number[][] = profile.issues.map(() => []);
      const own = new Float64Array(n);
      for (let j = 0; j < n; j++) own[j] = profile.snap(j, profile.valueAt(j, 0)); // initial offer: best values
      // The next offer is computed once per received offer, so respond and propose agree (and draw once).
      let nextFor = -1;
      let next: Outcome = profile.compose(own);
      const draft = new Float64Array(n);
      let answered = false; // whether respond already recorded this turn's offer

      function k(): number {
        return received[0]?.length ?? 0;
      }

      function record(state: SaoState<Outcome>, offer: Outcome | null): void {
        if (offer === null || state.currentProposer === ctx.index) return;
        profile.issues.forEach((s, j) => {
          const v = offer[s.name];
          (received[j] as number[]).push(typeof v === 'number' ? v : NaN);
        });
      }

      function nextOffer(): Outcome {
        if (nextFor === k() && nextFor >= 0) return next;
        const count = k();
        for (let j = 0; j < n; j++) {
          const o = received[j] as number[];
          const s = own[j] as number;
          let x = s; // not enough history (or unusable values): repeat
          if (count > window) {
            if (kind === 'averaged') {
              x = ratio(o[count - 1 - window], o[count - 1], s); // (o_{k-γ} / o_k) s_m
            } else {
              const older = o[count - 1 - window] as number; // o_{k-δ}
              const newer = o[count - window] as number; // o_{k-δ+1}
              if (kind === 'relative') x = ratio(older, newer, s);
              else if (Number.isFinite(older - newer))
                x = s + (older - newer) + (sign[j] as number) * ctx.rng.int(0, bound[j] as number);
            }
          }
          draft[j] = profile.snap(j, x);
        }
        nextFor = count;
        next = profile.compose(draft);
        return next;
      }

      return {
        propose(state: SaoState<Outcome>): Outcome {
          if (!answered) record(state, state.currentOffer);
          answered = false;
          const offer = nextOffer();
          own.set(draft); // s_m: the values actually offered (draft always holds `next`'s values)
          nextFor = -1;
          return offer;
        },
        respond(state: SaoState<Outcome>, offer: Outcome): SaoResponse {
          record(state, offer);
          const ok = profile.score(offer) >= profile.score(nextOffer()) && ctx.ufun.eval(offer) >= r;
          answered = !ok; // a rejection is followed by propose in the same turn
          return ok ? 'accept' : 'reject';
        },
      };
    },
  };
}

/** (a / b) · s, defined only for positive a and b (B.3: ratios require positive values); else s. */
function ratio(a: number | undefined, b: number | undefined, s: number): number {
  return a !== undefined && b !== undefined && a > 0 && b > 0 ? (a / b) * s : s;
}

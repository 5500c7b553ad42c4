// negotiation.md B.4 "Naive tit-for-tat" (NegMAS 0.11.6 `NaiveTitForTatNegotiator`,
// src/negmas/gb/negotiators/titfortat.py; TFT policies with an implicit zero-sum opponent model):
// concession 0 in round 0, a "must concede" gap in rounds 1-2, the partner's concession from round 3.
import type { Outcome } from '../../src/negotiation/issue.ts';
import type { NegotiatorContext, NegotiatorFactory } from '../../src/negotiation/negotiator-factory.ts';
import type { SaoNegotiator, SaoResponse, SaoState } from '../../src/negotiation/sao-types.ts';
import { OutcomeLadder } from '../components/outcome-ladder.ts';

export interface NaiveTitForTatOptions {
  /** Registry name; default 'naive-tft'. */
  readonly name?: string;
  /** Added to the partner's concession from round 3; default 0. */
  readonly kindness?: number;
  /** Whether a partner offer below the reserved value counts as a negative concession; default false. */
  readonly punish?: boolean;
}

/** The NegMAS naive tit-for-tat negotiator (B.4). */
export function naiveTitForTatNegotiator(options: NaiveTitForTatOptions = {}): NegotiatorFactory {
  const kindness = options.kindness ?? 0;
  const punish = options.punish ?? false;
  return {
    name: options.name ?? 'naive-tft',
    description: `NegMAS naive tit-for-tat (kindness ${kindness}${punish ? ', punishing' : ''}): mirrors the partner's concession under a zero-sum model`,
    create(ctx: NegotiatorContext): SaoNegotiator<Outcome> {
      const ufun = ctx.ufun;
      const ladder = OutcomeLadder.of(ctx.space, ufun);
      const r = Number.isNaN(ufun.reservedValue) ? -Infinity : ufun.reservedValue;
      const uMax = ladder.maxUtility;
      const uWorst = ladder.minUtility;
      const m = Math.max(uWorst, r);
      // Cursor over the outcomes best-first, shared by every call; moves two places per call.
      let cursor = 0;

      const normalised = (u: number): number => (u - m) / (uMax - m); // û

      function mustConcede(): number {
        const k = ladder.size - 1 - cursor; // the k-th best, then the (k+1)-th
        cursor += 2;
        if (k - 1 < 0) return NaN; // past the end of the list: replaced by 0 below (our choice)
        return (ladder.utilityAt(k) - ladder.utilityAt(k - 1) + 1e-12) / (uMax - uWorst);
      }

      function concession(step: number, partnerOffer: Outcome | null): number {
        let c: number;
        if (step === 0) c = 0;
        else if (step <= 2) c = mustConcede();
        else {
          let cp = partnerOffer === null ? 0 : normalised(ufun.eval(partnerOffer)); // zero-sum: c_p = û(offer)
          if (cp < 0 && !punish) cp = 0;
          c = cp + kindness;
        }
        return Number.isFinite(c) && c >= -1e-6 && c <= 1 ? c : 0;
      }

      return {
        propose(state: SaoState<Outcome>): Outcome {
          const partner = state.currentProposer !== ctx.index ? state.currentOffer : null;
          const tau = 1 - concession(state.step, partner);
          // Offer: the lowest outcome with utility normalised over [u_worst, u_max] at least τ.
          const i = ladder.lowerBound(uWorst + tau * (uMax - uWorst));
          return ladder.at(i < ladder.size ? i : ladder.bestIndex);
        },
        respond(state: SaoState<Outcome>, offer: Outcome): SaoResponse {
          const tau = 1 - concession(state.step, offer);
          const u = ufun.eval(offer);
          // u >= r only matters when r >= u_max makes û meaningless (our choice); otherwise û >= τ >= 0 implies it.
          return u >= r && normalised(u) >= tau ? 'accept' : 'reject';
        },
      };
    },
  };
}

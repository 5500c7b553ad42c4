// negotiation.md B.4 "MiCRO" (de Jonge, "An analysis of the linear bilateral ANAC domains using the
// MiCRO benchmark strategy", IJCAI 2022; NegMAS 0.11.6 src/negmas/gb/negotiators/micro.py): concede
// one outcome at a time, and only while it has sent no more distinct offers than it received.
import type { Outcome } from '../../src/negotiation/issue.ts';
import type { NegotiatorContext, NegotiatorFactory } from '../../src/negotiation/negotiator-factory.ts';
import type { SaoNegotiator, SaoResponse, SaoState } from '../../src/negotiation/sao-types.ts';
import { OutcomeLadder } from '../components/outcome-ladder.ts';
import { outcomeKeyer } from '../components/outcome-key.ts';

export interface MicroOptions {
  /** Registry name; default 'micro'. */
  readonly name?: string;
  /** Accept an offer as good as the reference outcome (>=, default true) or only a better one (>). */
  readonly acceptSame?: boolean;
}

/** The MiCRO negotiator (B.4). */
export function microNegotiator(options: MicroOptions = {}): NegotiatorFactory {
  const acceptSame = options.acceptSame ?? true;
  return {
    name: options.name ?? 'micro',
    description:
      'MiCRO: concedes one outcome per new distinct partner offer; accepts at least its next concession',
    create(ctx: NegotiatorContext): SaoNegotiator<Outcome> {
      const ufun = ctx.ufun;
      const ladder = OutcomeLadder.of(ctx.space, ufun);
      const r = Number.isNaN(ufun.reservedValue) ? -Infinity : ufun.reservedValue;
      // Rational outcomes walked best-first: ladder positions bestIndex down to `first` (ties in reverse
      // enumeration order, our choice).
      const first = ladder.lowerBound(r);
      const key = outcomeKeyer(ctx.space);
      const sent = new Set<string>();
      const sentList: Outcome[] = [];
      const received = new Set<string>();
      let cursor = 0;

      const position = (c: number): number => ladder.bestIndex - c;
      const hasNext = (): boolean => position(cursor) >= first;
      const ready = (): boolean => sent.size <= received.size;

      function observe(state: SaoState<Outcome>, offer: Outcome | null): void {
        if (offer !== null && state.currentProposer !== ctx.index) received.add(key(offer));
      }

      return {
        propose(state: SaoState<Outcome>): Outcome | null {
          observe(state, state.currentOffer); // a set: seeing the offer again in the same turn is harmless
          if (ready() && hasNext()) {
            const o = ladder.at(position(cursor));
            cursor++;
            const k = key(o);
            if (!sent.has(k)) {
              sent.add(k);
              sentList.push(o);
            }
            return o;
          }
          return sentList.length === 0 ? null : ctx.rng.pick(sentList);
        },
        respond(state: SaoState<Outcome>, offer: Outcome): SaoResponse {
          observe(state, offer); // models first, then acceptance (B.5)
          // Reference m: the next concession when ready, else the last outcome conceded to.
          let mu = NaN;
          if (ready() && hasNext()) mu = ladder.utilityAt(position(cursor));
          else if (cursor > 0) mu = ladder.utilityAt(position(cursor - 1));
          const threshold = mu >= r ? mu : r; // none, or worse than r: compare with r
          const u = ufun.eval(offer);
          return (acceptSame ? u >= threshold : u > threshold) ? 'accept' : 'reject';
        },
      };
    },
  };
}

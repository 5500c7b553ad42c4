// league-rules.md §15.1 SingleAgreementAspirationAgent (scml: src/scml/oneshot/agents/aspiration.py): an edge
// agent that walks down its outcomes along a polynomial aspiration curve and takes one agreement.
import { type LeagueDecision, defineLeagueAgent } from '../../worlds/base/league-agent.ts';
import type { LeagueOffer } from '../../worlds/base/league-types.ts';
import { aspirationCurve } from '../components/aspiration-curve.ts';
import { enumerateOutcomes } from '../components/single-agreement.ts';
import { numberParam } from './agent-param.ts';
import { partnerIssues, todaysPartners } from './partner-issues.ts';

/** The day's outcomes sorted by single-offer profit, best first (ties in enumeration order), with normalised profits. */
interface Ladder {
  readonly outcomes: readonly LeagueOffer[];
  readonly utilities: readonly number[];
  normalise(u: number): number;
}

/** The index of the last outcome of a descending ladder whose normalised profit is >= a (0 if none). */
export function aspirationIndex(normalised: readonly number[], a: number): number {
  let i = 0;
  while (i + 1 < normalised.length && (normalised[i + 1] as number) >= a) i++;
  return i;
}

export const singleAgreementAspiration = defineLeagueAgent({
  name: 'SingleAgreementAspiration',
  description: 'Aspiration single-agreement agent (scml SingleAgreementAspirationAgent): edge agents only',
  worlds: ['oneshot', 'std'],
  create(ctx) {
    const { view, rng } = ctx;
    // Exponent in [1, 4] with probability 0.7, else U(0, 1) (our reading: both uniform reals).
    const exponent = numberParam(ctx.params, 'exponent', () =>
      rng.next() < 0.7 ? rng.real(1, 4) : rng.next(),
    );
    const curve = aspirationCurve({ exponent });
    let ladder: Ladder | null = null;
    let lastSent = new Map<string, LeagueOffer>();

    const ladderFor = (partner: string): Ladder | null => {
      if (ladder !== null) return ladder;
      const issues = partnerIssues(view, partner);
      if (issues === null) return null;
      const ufun = ctx.ufun();
      const scored = enumerateOutcomes(issues).map((o, i) => ({ o, i, u: ufun.evalOffer(partner, o) }));
      scored.sort((a, b) => b.u - a.u || a.i - b.i);
      const utilities = scored.map((s) => s.u);
      const max = utilities[0] ?? 0;
      const min = utilities[utilities.length - 1] ?? 0;
      ladder = {
        outcomes: scored.map((s) => s.o),
        utilities,
        normalise: (u) => (max > min ? (u - min) / (max - min) : 1),
      };
      return ladder;
    };

    return {
      style: 'sync',
      beforeStep() {
        ladder = null;
        lastSent = new Map();
      },
      firstProposals() {
        const out: Record<string, LeagueOffer | null> = {};
        for (const p of todaysPartners(view)) {
          const best = view.isMiddleLevel ? undefined : ladderFor(p)?.outcomes[0];
          out[p] = best ?? null;
          if (best !== undefined) lastSent.set(p, best);
        }
        return out;
      },
      counterAll(offers, states) {
        const out: Record<string, LeagueDecision> = {};
        const partners = Object.keys(offers);
        const first = partners[0];
        const l = view.isMiddleLevel || first === undefined ? null : ladderFor(first);
        if (l === null || l.outcomes.length === 0) return out; // middle level: end everything
        // Our reading: the aspiration at the smallest relative time among the offers' states.
        let t = Infinity;
        for (const p of partners) t = Math.min(t, states[p]?.relativeTime ?? Infinity);
        const a = curve(t === Infinity ? 0 : t);
        const ufun = ctx.ufun();
        const u = new Map(partners.map((p) => [p, ufun.evalOffer(p, offers[p] as LeagueOffer)]));
        let best: string | null = null;
        for (const p of partners) {
          const v = u.get(p) as number;
          if (l.normalise(v) >= a && (best === null || v > (u.get(best) as number))) best = p;
        }
        if (best !== null) {
          out[best] = { response: 'accept', offer: offers[best] as LeagueOffer };
          return out; // the others are ended
        }
        const k = aspirationIndex(l.utilities.map(l.normalise), a);
        const target = l.outcomes[k] as LeagueOffer;
        const uTarget = l.utilities[k] as number;
        let closest = first as string;
        for (const p of partners) {
          if (Math.abs((u.get(p) as number) - uTarget) < Math.abs((u.get(closest) as number) - uTarget))
            closest = p;
        }
        // Our reading: the closest partner gets the next outcome; the others are sent their previous offer again.
        for (const p of partners) {
          const offer = p === closest ? target : (lastSent.get(p) ?? (l.outcomes[0] as LeagueOffer));
          lastSent.set(p, offer);
          out[p] = { response: 'reject', offer };
        }
        return out;
      },
    };
  },
});

import { type FaultKind, faultKindOf } from './fault-kind.ts';
import type { SaoNegotiator, SaoResponse, SaoState } from '../../src/negotiation/sao-types.ts';
import { SyncController } from '../../src/negotiation/sync-controller.ts';
import type { LeagueAgent, LeagueDecision } from './league-agent.ts';
import type { LeagueOffer } from './league-types.ts';

type FaultSink = (callback: string, kind: FaultKind, message: string) => void;

/** Builds one day's negotiators for one agent: one per partner, all sharing a sync controller for sync agents. */
export interface DayNegotiatorSource {
  negotiatorFor(partner: string): SaoNegotiator<LeagueOffer>;
}

const RESPONSES = new Set(['accept', 'reject', 'end']);

/** Whether a value is shaped like an offer (an object of three finite numbers); the range check is the mechanism's. */
function isOfferShaped(o: unknown): boolean {
  if (o === null || typeof o !== 'object') return false;
  const r = o as Record<string, unknown>;
  return (
    Number.isFinite(r['quantity']) && Number.isFinite(r['deliveryDay']) && Number.isFinite(r['unitPrice'])
  );
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Adapts a league agent to SAO negotiators for today (league-rules.md §5.5). Exceptions are recorded as
 * faults and rethrown so the mechanism ends that negotiation with status 'error'; malformed offers and
 * unknown responses are recorded and end the negotiation.
 */
export function dayNegotiators(
  agent: LeagueAgent,
  isRunning: (partner: string) => boolean,
  onFault: FaultSink,
): DayNegotiatorSource {
  const call = <T>(callback: string, fn: () => T): T => {
    try {
      return fn();
    } catch (err: unknown) {
      onFault(callback, faultKindOf(err), errorMessage(err));
      throw err;
    }
  };
  const checkOffer = (callback: string, o: LeagueOffer | null | undefined): LeagueOffer | null => {
    if (o === null || o === undefined) return null;
    if (!isOfferShaped(o))
      onFault(callback, 'invalid-output', `not an offer of three finite numbers: ${JSON.stringify(o)}`);
    return o;
  };

  if (agent.style === 'sync') {
    const controller = new SyncController<string, LeagueOffer>(
      {
        firstProposals: () => {
          const proposals = call('firstProposals', () => agent.firstProposals());
          const out = new Map<string, LeagueOffer | null>();
          for (const partner of Object.keys(proposals ?? {})) {
            out.set(partner, checkOffer('firstProposals', proposals[partner]));
          }
          return out;
        },
        counterAll: (offers, states) => {
          const o: Record<string, LeagueOffer> = {};
          const s: Record<string, SaoState<LeagueOffer>> = {};
          for (const [k, v] of offers) o[k] = v;
          for (const [k, v] of states) s[k] = v;
          const decisions = call('counterAll', () => agent.counterAll(Object.freeze(o), Object.freeze(s)));
          const out = new Map<
            string,
            { response: 'accept' | 'reject' | 'end'; outcome: LeagueOffer | null }
          >();
          for (const partner of Object.keys(decisions ?? {})) {
            const d = decisions[partner] as LeagueDecision;
            if (d === null || typeof d !== 'object' || !RESPONSES.has(d.response)) {
              onFault('counterAll', 'invalid-output', `not a decision for ${partner}: ${JSON.stringify(d)}`);
              continue; // missing: the controller ends that negotiation
            }
            out.set(partner, { response: d.response, outcome: checkOffer('counterAll', d.offer ?? null) });
          }
          return out;
        },
      },
      isRunning,
    );
    return { negotiatorFor: (partner) => controller.negotiatorFor(partner) };
  }

  // Per-negotiation style: the hottest path of a world, so no closures are created per call.
  const fail = (callback: string, err: unknown): never => {
    onFault(callback, faultKindOf(err), errorMessage(err));
    throw err;
  };
  return {
    negotiatorFor(partner) {
      const propose = (state: SaoState<LeagueOffer>): LeagueOffer | null => {
        let offer: LeagueOffer | null;
        try {
          offer = agent.propose(partner, state);
        } catch (err: unknown) {
          return fail('propose', err);
        }
        return checkOffer('propose', offer);
      };
      return {
        propose,
        respond(state, offer): SaoResponse {
          if (agent.respond === undefined) {
            // The reference's default: accept iff the offer equals what propose returns now.
            const mine = propose(state);
            const same =
              mine !== null &&
              mine.quantity === offer.quantity &&
              mine.deliveryDay === offer.deliveryDay &&
              mine.unitPrice === offer.unitPrice;
            return same ? 'accept' : 'reject';
          }
          let response: unknown;
          try {
            response = agent.respond(partner, state, offer);
          } catch (err: unknown) {
            return fail('respond', err);
          }
          if (typeof response !== 'string' || !RESPONSES.has(response)) {
            onFault('respond', 'invalid-output', `not a response: ${JSON.stringify(response)}`);
            return 'end';
          }
          return response as SaoResponse;
        },
      };
    },
  };
}

/**
 * Types of the multilateral monotonic concession protocol (negotiation.md C.2.2). Proposals are
 * option indices into the problem's finite option set.
 */
import type { Rng } from '../../core/rng.ts';
import type { McpProblem } from './mcp-problem.ts';

/** How ties are broken: 'random' from the seeded stream (real runs), 'first' lowest index (fixtures, C.2.5). */
export type McpTieBreak = 'random' | 'first';

/** What a negotiator sees when called: a fresh value each call. */
export interface McpState {
  /** Round number, 1-based. */
  readonly round: number;
  /** The standing proposal of every agent (empty while the first proposals are being made). */
  readonly proposals: readonly number[];
}

/** A party to the protocol: opening proposal, risk of conflict, and concession. */
export interface McpNegotiator {
  /** Round 1: the opening proposal (made simultaneously: nobody sees the others'). */
  propose(state: McpState): number;
  /** Its willingness to risk conflict now (Zeuthen risk): the least risky agent concedes (C.2.3). */
  risk(state: McpState): number;
  /** Its new proposal, which must satisfy the concession condition (C.2.2 step 4), or null if it cannot concede. */
  concede(state: McpState): number | null;
}

/** Everything a negotiator is told when it joins. */
export interface McpNegotiatorContext<O> {
  readonly problem: McpProblem<O>;
  /** Its agent index in the problem. */
  readonly index: number;
  /** Its own seeded stream. */
  readonly rng: Rng;
}

/** A named negotiator type: makes one fresh negotiator per negotiation. */
export interface McpNegotiatorFactory {
  readonly name: string;
  readonly description: string;
  create<O>(context: McpNegotiatorContext<O>): McpNegotiator;
}

/** How a multilateral negotiation ended. */
export type McpStatus = 'running' | 'agreement' | 'conflict' | 'timedout' | 'error';

/** One round of the transcript. */
export interface McpRound {
  readonly round: number;
  /** The proposals standing in this round. */
  readonly proposals: readonly number[];
  /** Every agent's risk (empty in an agreement round). */
  readonly risks: readonly number[];
  /** The agent that conceded, or -1 (agreement, conflict). */
  readonly conceder: number;
  /** Its new proposal for the next round, or -1. */
  readonly concession: number;
  /** The agreed option, or -1. */
  readonly agreement: number;
}

/** The final record of a multilateral negotiation. */
export interface McpResult {
  readonly status: Exclude<McpStatus, 'running'>;
  /** The agreed option index, or null. */
  readonly agreement: number | null;
  /** The agent whose proposal was agreed, or -1. */
  readonly agreedProposer: number;
  /** Every agent's utility of the outcome (the conflict utilities when there is no agreement). */
  readonly utilities: readonly number[];
  /** The round in which the negotiation ended (1-based). */
  readonly rounds: number;
  /** Number of concessions made. */
  readonly concessions: number;
  readonly erredAgent: number;
  readonly errorMessage: string | null;
  /** Every round, when the mechanism was asked to keep a transcript; otherwise empty. */
  readonly transcript: readonly McpRound[];
}

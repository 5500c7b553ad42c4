import type { Rng } from '../../core/rng.ts';
import { agreementProposals } from './agreement-proposals.ts';
import { isConcession } from './is-concession.ts';
import type { McpProblem } from './mcp-problem.ts';
import type { McpNegotiator, McpResult, McpRound, McpState, McpStatus, McpTieBreak } from './mcp-types.ts';

export interface McpMechanismOptions<O> {
  readonly problem: McpProblem<O>;
  /** One negotiator per agent of the problem, in agent order. */
  readonly negotiators: readonly McpNegotiator[];
  /** The mechanism's own stream: agreement choice and ties among equal risks. */
  readonly rng: Rng;
  /** Default 'random'; 'first' gives the deterministic fixtures of negotiation.md C.2.5. */
  readonly ties?: McpTieBreak;
  /**
   * Safety cap on rounds. Default m·(|Δ| − 1) + 1, which can never bind: every concession strictly
   * raises the others' total utility of the conceder's proposal, so each agent concedes < |Δ| times.
   */
  readonly maxRounds?: number;
  /** Keep every round in the result. */
  readonly transcript?: boolean;
}

/** Risks closer than this are equal (the conceder is then drawn among them). */
const RISK_TIE = 1e-12;

/**
 * The extended monotonic concession protocol for m ≥ 2 agents (negotiation.md C.2.2)
 * [reconstructed]: simultaneous first proposals; agreement when some proposal is valued by every
 * agent at least as much as its own (one drawn at random when several are); otherwise the agent with
 * the least risk concedes (ties drawn), the next-least-risky if it cannot, and the others repeat
 * their proposals; a concession must satisfy the concession condition; nobody able to concede → the
 * conflict deal. Not SAO (C.2.7): one `step()` is one round.
 *
 * Mutable inside; a negotiator that throws or breaks a rule ends the negotiation with status 'error'.
 */
export class McpMechanism<O> {
  readonly #problem: McpProblem<O>;
  readonly #negotiators: readonly McpNegotiator[];
  readonly #rng: Rng;
  readonly #ties: McpTieBreak;
  readonly #maxRounds: number;
  readonly #transcript: McpRound[] | null;

  #round = 1;
  #proposals: number[] | null = null;
  #status: McpStatus = 'running';
  #agreement = -1;
  #agreedProposer = -1;
  #concessions = 0;
  #erred = -1;
  #errorMessage: string | null = null;

  constructor(options: McpMechanismOptions<O>) {
    const m = options.problem.utilities.length;
    if (options.negotiators.length !== m)
      throw new RangeError(
        `the problem has ${m} agents but ${options.negotiators.length} negotiators were given`,
      );
    this.#problem = options.problem;
    this.#negotiators = options.negotiators.slice();
    this.#rng = options.rng;
    this.#ties = options.ties ?? 'random';
    this.#maxRounds = options.maxRounds ?? m * (options.problem.options.length - 1) + 1;
    if (!(this.#maxRounds >= 1)) throw new RangeError(`maxRounds must be >= 1, got ${this.#maxRounds}`);
    this.#transcript = options.transcript ? [] : null;
  }

  get running(): boolean {
    return this.#status === 'running';
  }

  get status(): McpStatus {
    return this.#status;
  }

  /** The current round (1-based). */
  get round(): number {
    return this.#round;
  }

  /** The standing proposals (empty before the first round). */
  get proposals(): readonly number[] {
    return this.#proposals?.slice() ?? [];
  }

  /** One round: opening proposals if needed, the agreement test, then one concession or the conflict deal. */
  step(): boolean {
    if (this.#status !== 'running') return false;
    if (this.#proposals === null && !this.#open()) return false;
    const proposals = this.#proposals as number[];
    const agreed = agreementProposals(this.#problem, proposals);
    if (agreed.length > 0) {
      const who =
        agreed.length === 1 || this.#ties === 'first' ? (agreed[0] as number) : this.#rng.pick(agreed);
      this.#agreedProposer = who;
      this.#agreement = proposals[who] as number;
      this.#log({ risks: [], conceder: -1, concession: -1, agreement: this.#agreement });
      this.#status = 'agreement';
      return false;
    }
    if (this.#round >= this.#maxRounds) {
      this.#log({ risks: [], conceder: -1, concession: -1, agreement: -1 });
      this.#status = 'timedout';
      return false;
    }
    const state = this.#state();
    const risks: number[] = [];
    for (const [i, negotiator] of this.#negotiators.entries()) {
      const r = this.#call(i, () => negotiator.risk(state));
      if (r === undefined) return false;
      if (!Number.isFinite(r)) return this.#fail(i, `mcp/invalid_risk: agent ${i} reported risk ${r}`);
      risks.push(r);
    }
    for (const i of this.#concessionOrder(risks)) {
      const c = this.#call(i, () => (this.#negotiators[i] as McpNegotiator).concede(this.#state()));
      if (c === undefined) return false;
      if (c === null) continue;
      const from = proposals[i] as number;
      if (!this.#isOption(c) || !isConcession(this.#problem, { agent: i, from, to: c }))
        return this.#fail(i, `mcp/invalid_concession: agent ${i} proposed ${String(c)} after ${from}`);
      this.#log({ risks, conceder: i, concession: c, agreement: -1 });
      proposals[i] = c;
      this.#concessions++;
      this.#round++;
      return true;
    }
    this.#log({ risks, conceder: -1, concession: -1, agreement: -1 });
    this.#status = 'conflict';
    return false;
  }

  /** Runs rounds until the negotiation ends. */
  run(): McpResult {
    while (this.step());
    return this.result();
  }

  result(): McpResult {
    if (this.#status === 'running') throw new Error('result() is only available after the negotiation ended');
    const k = this.#agreement;
    return {
      status: this.#status,
      agreement: k >= 0 ? k : null,
      agreedProposer: this.#agreedProposer,
      utilities: this.#problem.utilities.map((u, i) =>
        k >= 0 ? (u[k] as number) : (this.#problem.conflict[i] as number),
      ),
      rounds: this.#round,
      concessions: this.#concessions,
      erredAgent: this.#erred,
      errorMessage: this.#errorMessage,
      transcript: this.#transcript ?? [],
    };
  }

  #open(): boolean {
    const state: McpState = { round: 1, proposals: [] };
    const proposals: number[] = [];
    for (const [i, negotiator] of this.#negotiators.entries()) {
      const p = this.#call(i, () => negotiator.propose(state));
      if (p === undefined) return false;
      if (!this.#isOption(p)) return this.#fail(i, `mcp/invalid_proposal: agent ${i} proposed ${String(p)}`);
      proposals.push(p);
    }
    this.#proposals = proposals;
    return true;
  }

  /** Agents by increasing risk; equal risks in random order (or index order with ties 'first'). */
  #concessionOrder(risks: readonly number[]): number[] {
    const sorted = risks.map((r, i) => ({ r, i })).sort((a, b) => a.r - b.r || a.i - b.i);
    const order: number[] = [];
    for (let s = 0; s < sorted.length;) {
      let e = s + 1;
      while (e < sorted.length && (sorted[e]?.r as number) - (sorted[s]?.r as number) <= RISK_TIE) e++;
      const group = sorted.slice(s, e).map((x) => x.i);
      order.push(...(this.#ties === 'first' || group.length === 1 ? group : this.#rng.shuffle(group)));
      s = e;
    }
    return order;
  }

  #isOption(k: unknown): k is number {
    return typeof k === 'number' && Number.isInteger(k) && k >= 0 && k < this.#problem.options.length;
  }

  #state(): McpState {
    return { round: this.#round, proposals: (this.#proposals ?? []).slice() };
  }

  /** Calls a negotiator; an exception ends the negotiation (returns undefined). */
  #call<T>(agent: number, f: () => T): T | undefined {
    try {
      return f();
    } catch (err: unknown) {
      this.#fail(agent, err instanceof Error ? err.message : String(err));
      return undefined;
    }
  }

  #fail(agent: number, message: string): false {
    this.#erred = agent;
    this.#errorMessage = message;
    this.#status = 'error';
    return false;
  }

  #log(row: Omit<McpRound, 'round' | 'proposals'>): void {
    this.#transcript?.push({ round: this.#round, proposals: (this.#proposals ?? []).slice(), ...row });
  }
}

// negotiation.md C.2.3: the extended Zeuthen strategy for the multilateral monotonic concession protocol.
import type { McpProblem } from '../../src/negotiation/mcp/mcp-problem.ts';
import type {
  McpNegotiator,
  McpNegotiatorContext,
  McpNegotiatorFactory,
  McpState,
  McpTieBreak,
} from '../../src/negotiation/mcp/mcp-types.ts';
import { zeuthenRisk, type RiskAggregator } from '../../src/negotiation/mcp/zeuthen-risk.ts';
import { zeuthenConcession } from './zeuthen-concession.ts';

export interface ZeuthenOptions {
  /** Registry name; default 'zeuthen'. */
  readonly name?: string;
  /** How the other proposals enter the risk (C.2.3 step 2); default 'max'. */
  readonly aggregator?: RiskAggregator;
  /** Concede only to proposals strictly better than conflict for oneself (default true, C.2.3). */
  readonly strictRationality?: boolean;
  /** Ties among best proposals and concessions: 'random' (default) or 'first' (C.2.5 fixtures). */
  readonly ties?: McpTieBreak;
}

/**
 * The extended Zeuthen strategy [reconstructed]: open with a most preferred option, report the
 * Zeuthen risk, and when chosen to concede make the minimal sufficient concession (eqs. 6–8).
 *
 * @example
 * const negotiators = [0, 1].map((index) => zeuthenNegotiator().create({ problem, index, rng: rng.derive(index) }));
 */
export function zeuthenNegotiator(options: ZeuthenOptions = {}): McpNegotiatorFactory {
  const aggregator = options.aggregator ?? 'max';
  const strictRationality = options.strictRationality ?? true;
  const ties = options.ties ?? 'random';
  return {
    name: options.name ?? 'zeuthen',
    description: `Extended Zeuthen strategy (risk aggregator ${aggregator}${strictRationality ? ', individually rational' : ''})`,
    create<O>(ctx: McpNegotiatorContext<O>): McpNegotiator {
      const problem: McpProblem<O> = ctx.problem;
      // Whether a concession exists depends only on one's own proposal (the concession condition and
      // individual rationality compare with it alone), so a proposal found stuck stays stuck.
      let stuckAt = -1;
      return {
        propose: () =>
          mostPreferred(problem.utilities[ctx.index] as readonly number[], ties === 'first' ? null : ctx),
        risk: (state: McpState) => zeuthenRisk(problem, state.proposals, { agent: ctx.index, aggregator }),
        concede(state: McpState): number | null {
          const mine = state.proposals[ctx.index] as number;
          if (mine === stuckAt) return null;
          const next = zeuthenConcession(problem, state.proposals, {
            agent: ctx.index,
            aggregator,
            strictRationality,
            ties,
            rng: ctx.rng,
          });
          if (next === null) stuckAt = mine;
          return next;
        },
      };
    },
  };
}

/** C.2.3 step 1: an option of maximal own utility; ties drawn from the stream, or the first. */
function mostPreferred(
  u: readonly number[],
  ctx: { readonly rng: { pick<T>(items: readonly T[]): T } } | null,
): number {
  let top = -Infinity;
  let best: number[] = [];
  for (let k = 0; k < u.length; k++) {
    const v = u[k] as number;
    if (v > top) {
      top = v;
      best = [k];
    } else if (v === top) best.push(k);
  }
  return ctx === null ? (best[0] as number) : ctx.rng.pick(best);
}

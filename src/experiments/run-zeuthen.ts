import { zeuthenNegotiator, type ZeuthenOptions } from '../../agents/negotiators/zeuthen.ts';
import { createRng } from '../core/rng.ts';
import { McpMechanism } from '../negotiation/mcp/mcp-mechanism.ts';
import type { McpProblem } from '../negotiation/mcp/mcp-problem.ts';
import type { McpResult } from '../negotiation/mcp/mcp-types.ts';

export interface RunZeuthenOptions extends Omit<ZeuthenOptions, 'name'> {
  /** Seed of the negotiation: the mechanism uses stream `mcp`, agent i stream `agent/i`. */
  readonly seed: string;
  readonly transcript?: boolean;
}

/** One negotiation of the multilateral protocol in which every agent plays extended Zeuthen (C.2). */
export function runZeuthen<O>(problem: McpProblem<O>, options: RunZeuthenOptions): McpResult {
  const root = createRng(options.seed);
  const factory = zeuthenNegotiator(options);
  const negotiators = problem.utilities.map((_, index) =>
    factory.create({ problem, index, rng: root.derive('agent', index) }),
  );
  return new McpMechanism({
    problem,
    negotiators,
    rng: root.derive('mcp'),
    ...(options.ties === undefined ? {} : { ties: options.ties }),
    transcript: options.transcript ?? false,
  }).run();
}

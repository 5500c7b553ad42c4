// negotiation.md C.2.3 step 4, the seed's eqs. 6–8 [reconstructed]: the conceder's new proposal.
import type { Rng } from '../../src/core/rng.ts';
import type { McpProblem } from '../../src/negotiation/mcp/mcp-problem.ts';
import type { McpTieBreak } from '../../src/negotiation/mcp/mcp-types.ts';
import { optionMajorUtilities } from '../../src/negotiation/mcp/option-major-utilities.ts';
import { aggregate, riskOf, type RiskAggregator } from '../../src/negotiation/mcp/zeuthen-risk.ts';

export interface ZeuthenConcessionOptions {
  /** The conceding agent i*. */
  readonly agent: number;
  readonly aggregator?: RiskAggregator;
  /** Only proposals strictly better than conflict for the conceder (default true, our choice C.2.3). */
  readonly strictRationality?: boolean;
  readonly ties?: McpTieBreak;
  /** Needed when ties are 'random'. */
  readonly rng?: Rng;
}

/** Recomputed risks closer than this are equal. */
const TOL = 1e-12;

/**
 * The minimal sufficient concession of the extended Zeuthen strategy. Candidates satisfy the
 * concession condition and, put in place of i*'s proposal, either produce an agreement or make i*'s
 * recomputed risk exceed the smallest recomputed risk of the others (eq. 6); among them the best for
 * i* (eq. 7), then the best for the others in total (eq. 8), remaining ties drawn. With no such
 * candidate (our choice): the concession maximising i*'s recomputed risk, then eqs. 7–8. Null when
 * i* has no concession at all. O(|Δ|·m) per call.
 */
export function zeuthenConcession<O>(
  problem: McpProblem<O>,
  proposals: readonly number[],
  options: ZeuthenConcessionOptions,
): number | null {
  const i = options.agent;
  const agg = options.aggregator ?? 'max';
  const strict = options.strictRationality ?? true;
  const T = optionMajorUtilities(problem);
  const C = problem.conflict;
  const m = proposals.length;
  const n = problem.options.length;
  const from = proposals[i] as number;
  const ci = C[i] as number;

  // What stays fixed when only i*'s proposal changes: each agent's utility of its own proposal, of
  // i*'s previous proposal, and its aggregated view of the proposals of everyone but itself and i*.
  const own = new Float64Array(m);
  const before = new Float64Array(m);
  const rest = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    own[k] = T[(proposals[k] as number) * m + k] as number;
    before[k] = T[from * m + k] as number;
    const vals: number[] = [];
    for (let j = 0; j < m; j++)
      if (j !== k && j !== i) vals.push(T[(proposals[j] as number) * m + k] as number);
    rest[k] =
      vals.length === 0 ? NaN : agg === 'mean' ? vals.reduce((s, v) => s + v, 0) : aggregate(vals, agg);
  }
  const othersForI: number[] = [];
  for (let j = 0; j < m; j++) if (j !== i) othersForI.push(T[(proposals[j] as number) * m + i] as number);
  const aggI = aggregate(othersForI, agg);
  // Another agent's proposal δ_l that everyone but i* accepts stays so whatever i* offers; i* then
  // accepts it too whenever u_i*(δ_l) ≥ u_i*(new proposal), which is an agreement.
  let threshold = -Infinity;
  for (let l = 0; l < m; l++) {
    if (l === i) continue;
    const base = (proposals[l] as number) * m;
    let ok = true;
    for (let j = 0; j < m && ok; j++) if (j !== i && (T[base + j] as number) < (own[j] as number)) ok = false;
    if (ok) threshold = Math.max(threshold, T[base + i] as number);
  }

  let best: number[] = [];
  let bestU = -Infinity;
  let bestSum = -Infinity;
  let fall: number[] = [];
  let fallR = -Infinity;
  let fallU = -Infinity;
  let fallSum = -Infinity;
  for (let d = 0; d < n; d++) {
    if (d === from) continue;
    const base = d * m;
    const u = T[base + i] as number;
    if (strict && u <= ci) continue;
    if (best.length > 0 && u < bestU) continue; // cannot win eq. 7
    // The concession condition (C.2.2 step 4).
    let concession = true;
    let better = false;
    for (let k = 0; k < m; k++) {
      if (k === i) continue;
      const v = T[base + k] as number;
      if (v < (before[k] as number)) {
        concession = false;
        break;
      }
      if (v > (before[k] as number)) better = true;
    }
    if (!concession || !better) continue;
    let acceptedByAll = true;
    let minOther = Infinity;
    let sum = 0;
    for (let k = 0; k < m; k++) {
      if (k === i) continue;
      const v = T[base + k] as number;
      const mine = own[k] as number;
      if (v < mine) acceptedByAll = false;
      sum += v;
      const r = rest[k] as number;
      const view = Number.isNaN(r)
        ? v
        : agg === 'max'
          ? Math.max(r, v)
          : agg === 'min'
            ? Math.min(r, v)
            : (r + v) / (m - 1);
      // riskOf() inlined: this loop runs |Δ|·m times per concession.
      const gain = mine - (C[k] as number);
      const rk = gain <= 0 ? 1 : Math.max(0, (mine - view) / gain);
      if (rk < minOther) minOther = rk;
    }
    const r = riskOf(u, aggI, { conflict: ci });
    if (acceptedByAll || u <= threshold || r > minOther + TOL) {
      if (u > bestU || (u === bestU && sum > bestSum)) {
        best = [d];
        bestU = u;
        bestSum = sum;
      } else if (u === bestU && sum === bestSum) best.push(d);
    } else if (best.length === 0) {
      const cmp = r > fallR + TOL ? 1 : r < fallR - TOL ? -1 : u !== fallU ? u - fallU : sum - fallSum;
      if (cmp > 0) {
        fall = [d];
        fallR = r;
        fallU = u;
        fallSum = sum;
      } else if (cmp === 0) fall.push(d);
    }
  }
  const pool = best.length > 0 ? best : fall;
  if (pool.length === 0) return null;
  if (pool.length === 1 || (options.ties ?? 'random') === 'first') return pool[0] as number;
  if (options.rng === undefined) throw new Error('zeuthenConcession() needs an rng to break ties at random');
  return options.rng.pick(pool);
}

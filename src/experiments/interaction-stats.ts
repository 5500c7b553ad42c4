import type { RegionResult } from '../negotiation/ermp/region-types.ts';

/** Summary of the interactions of many region negotiations (the seed's statistics, C.1.6). */
export interface InteractionStats {
  readonly instances: number;
  /** Percentage of instances ending in agreement. */
  readonly agreementPct: number;
  /** Percentage hitting the interaction cap. */
  readonly timeoutPct: number;
  /** Percentage ended by an agent without agreement (e.g. RMP's proof that none exists). */
  readonly endedPct: number;
  /** Mean interactions over every instance, however it ended. */
  readonly meanAll: number;
  /** Mean, minimum and maximum interactions over the agreements (NaN / 0 without any). */
  readonly mean: number;
  readonly min: number;
  readonly minPct: number;
  readonly max: number;
  readonly maxPct: number;
  /** Percentage of instances settled in one interaction. */
  readonly oneStepPct: number;
  /** Percentage of agreements with a low (1–3), medium (4–9) or high (≥ 10) count (our bins). */
  readonly lowPct: number;
  readonly mediumPct: number;
  readonly highPct: number;
}

/** Mean, min, max and their frequencies, as the seed reports them. */
export function interactionStats(results: readonly RegionResult[]): InteractionStats {
  const n = results.length;
  const counts = results.filter((r) => r.status === 'agreement').map((r) => r.interactions);
  const a = counts.length;
  const pct = (k: number, of: number): number => (of === 0 ? 0 : (100 * k) / of);
  const min = a === 0 ? 0 : Math.min(...counts);
  const max = a === 0 ? 0 : Math.max(...counts);
  return {
    instances: n,
    agreementPct: pct(a, n),
    timeoutPct: pct(results.filter((r) => r.status === 'timedout').length, n),
    endedPct: pct(results.filter((r) => r.status === 'ended').length, n),
    meanAll: n === 0 ? NaN : results.reduce((s, r) => s + r.interactions, 0) / n,
    mean: a === 0 ? NaN : counts.reduce((s, c) => s + c, 0) / a,
    min,
    minPct: pct(counts.filter((c) => c === min).length, n),
    max,
    maxPct: pct(counts.filter((c) => c === max).length, n),
    oneStepPct: pct(counts.filter((c) => c === 1).length, n),
    lowPct: pct(counts.filter((c) => c <= 3).length, a),
    mediumPct: pct(counts.filter((c) => c >= 4 && c <= 9).length, a),
    highPct: pct(counts.filter((c) => c >= 10).length, a),
  };
}

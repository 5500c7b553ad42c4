import type { Rng } from '../../src/core/rng.ts';
import { integerCut } from './integer-cut.ts';
import { roundHalfEven } from './round-half-even.ts';

/** Options of `distributeQuantities`. */
export interface DistributeQuantitiesOptions {
  /** Agents to split among (>= 1). */
  readonly nAgents: number;
  /** In [0, 1]: how closely each agent's daily share follows its fixed base share. */
  readonly predictability: number;
  /** Every agent gets max(round(Q[t] / nAgents), 1) every day, caps ignored. */
  readonly equal?: boolean | undefined;
  /** Per-agent daily cap (n_lines in OneShot); omit for no cap (Std). */
  readonly cap?: number | undefined;
}

/** Rounds of random deficit repayment before the deterministic fallback (our choice; never reached in practice). */
const MAX_REPAIR_ROUNDS = 1000;

/**
 * Split daily totals `quantities[t]` among agents as their exogenous quantities, following
 * league-rules.md §3.2 step 2 (`distribute_quantities`). Returns `[agent][day]`. Daily totals may
 * differ from `quantities[t]` by rounding (at most about 2 · nAgents).
 *
 * Draw order: the base cut (once), then for each day in order: the `sub` cut, the `add` cut, the
 * negative repair portions, the excess repair portions.
 *
 * Our choice: a day total above nAgents · cap (only possible with hand-made inputs) is clipped to
 * that, since the reference has no way to place it.
 */
export function distributeQuantities(
  quantities: readonly number[],
  rng: Rng,
  options: DistributeQuantitiesOptions,
): number[][] {
  const { nAgents: a, predictability, equal = false, cap } = options;
  if (!Number.isInteger(a) || a < 1) {
    throw new RangeError(`distributeQuantities() needs nAgents to be an integer >= 1, got ${a}`);
  }
  for (const [t, q] of quantities.entries()) {
    if (!Number.isInteger(q) || q < 0) {
      throw new RangeError(`distributeQuantities() needs quantities[${t}] to be an integer >= 0, got ${q}`);
    }
  }
  const nDays = quantities.length;
  const out = Array.from({ length: a }, () => new Array<number>(nDays).fill(0));
  const total = quantities.reduce((s, q) => s + q, 0);
  // Step 2.1: nothing to split.
  if (total === 0) return out;
  const setDay = (t: number, v: readonly number[]): void => {
    for (let i = 0; i < a; i++) out[i]![t] = v[i]!;
  };
  if (equal) {
    for (let t = 0; t < nDays; t++)
      setDay(t, new Array<number>(a).fill(Math.max(roundHalfEven(quantities[t]! / a), 1)));
    return out;
  }
  const capTotal = cap === undefined ? Number.POSITIVE_INFINITY : a * cap;
  if (predictability < 0.01) {
    for (let t = 0; t < nDays; t++) setDay(t, integerCut(Math.min(quantities[t]!, capTotal), a, cap, rng));
    return out;
  }
  // Step 2.2: one base split of the rounded mean, drawn once.
  const qz = Math.min(Math.trunc(0.5 + total / nDays), capTotal);
  const base = integerCut(qz, a, cap, rng);
  for (let t = 0; t < nDays; t++) {
    const q = quantities[t]!;
    if (qz === 0 || q === 0) continue;
    // Step 2.3: scale the base to the day, then move n units at random.
    const v = base.map((b) => Math.trunc(0.5 + (b * q) / qz));
    let n = Math.max(0, Math.min(q, Math.trunc(0.5 + (1 - predictability) * q)));
    if (cap !== undefined)
      n = Math.min(
        n,
        v.reduce((s, vi) => s + (cap - vi), 0),
      );
    if (n > 0) {
      const sub = integerCut(n, a, undefined, rng);
      const add = integerCut(n, a, cap === undefined ? undefined : v.map((vi, i) => cap + sub[i]! - vi), rng);
      for (let i = 0; i < a; i++) v[i] = v[i]! + add[i]! - sub[i]!;
    }
    // Step 2.4: repairs.
    repayNegatives(v, rng);
    if (cap !== undefined) spreadExcess(v, cap, rng);
    setDay(t, v);
  }
  return out;
}

/**
 * league-rules.md §3.2 step 2.4: set each negative share to 0 and take its deficit from the others in
 * random portions, each portion only from an agent that can afford it, until repaid. Our reading: a
 * portion round is integer_cut(deficit, others) and every affordable portion is taken at once.
 */
function repayNegatives(v: number[], rng: Rng): void {
  for (let i = 0; i < v.length; i++) {
    if (v[i]! >= 0) continue;
    let deficit = -v[i]!;
    v[i] = 0;
    const others = v.map((_, j) => j).filter((j) => j !== i);
    if (others.length === 0) continue;
    for (let round = 0; deficit > 0; round++) {
      if (round >= MAX_REPAIR_ROUNDS) {
        // Our choice: a deterministic fallback (take in agent order) bounds the loop.
        for (const j of others) {
          const take = Math.min(deficit, Math.max(0, v[j]!));
          v[j] = v[j]! - take;
          deficit -= take;
        }
        break;
      }
      const portions = integerCut(deficit, others.length, undefined, rng);
      for (const [k, j] of others.entries()) {
        const p = portions[k]!;
        if (p > 0 && v[j]! >= p) {
          v[j] = v[j]! - p;
          deficit -= p;
        }
      }
    }
  }
}

/**
 * league-rules.md §3.2 step 2.4: cut each share above the cap to the cap and give the excess (as much
 * as the others' free room allows) to the others in random portions within their room.
 */
function spreadExcess(v: number[], cap: number, rng: Rng): void {
  for (let i = 0; i < v.length; i++) {
    if (v[i]! <= cap) continue;
    const excess = v[i]! - cap;
    v[i] = cap;
    const room = v.map((vj, j) => (j === i ? 0 : Math.max(0, cap - vj)));
    const give = Math.min(
      excess,
      room.reduce((s, r) => s + r, 0),
    );
    if (give === 0) continue;
    const add = integerCut(give, v.length, room, rng);
    for (let j = 0; j < v.length; j++) v[j] = v[j]! + add[j]!;
  }
}

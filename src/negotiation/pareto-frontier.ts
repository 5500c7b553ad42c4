import { utilityBounds } from './utility-bounds.ts';
import type { UtilityVector } from './utility-vectors.ts';

/**
 * Indices of the Pareto-optimal outcomes (negotiation.md A.6): those no other outcome dominates, i.e.
 * no other is at least as good for every party and strictly better for one. Outcomes with identical
 * utility vectors do not dominate each other, so all copies of a frontier point are kept.
 *
 * Order (our choice): lexicographically descending utilities (party 1 first), ties by index. Any
 * dominator sorts before what it dominates, so one sweep in that order decides every outcome:
 * two parties keep the running maximum of u2, O(n log n); three parties keep a prefix-maximum
 * (Fenwick) tree of u2 ranks indexed by u3 rank, O(n log n); more parties check each outcome against
 * the frontier found so far, O(n log n + n·|F|·k).
 */
export function paretoFrontier(utilityVectors: readonly UtilityVector[]): number[] {
  const n = utilityVectors.length;
  if (n === 0) return [];
  const k = utilityBounds(utilityVectors).min.length; // also checks shapes and NaNs
  const flat = new Float64Array(n * k);
  for (let p = 0; p < n; p++) {
    const v = utilityVectors[p] as UtilityVector;
    for (let i = 0; i < k; i++) flat[p * k + i] = v[i] as number;
  }
  const order = new Int32Array(n);
  for (let p = 0; p < n; p++) order[p] = p;
  // Comparisons, not subtraction: utilities may be ±Infinity.
  order.sort((a, b) => {
    for (let i = 0; i < k; i++) {
      const x = flat[a * k + i] as number;
      const y = flat[b * k + i] as number;
      if (x > y) return -1;
      if (x < y) return 1;
    }
    return a - b;
  });
  if (k === 2) return sweepTwo(flat, order);
  if (k === 3) return sweepThree(flat, order);
  return sweepMany(flat, order, k);
}

/** Two parties: within a group of equal u1 only the maximal u2 survives, and only if above every earlier group. */
function sweepTwo(flat: Float64Array, order: Int32Array): number[] {
  const out: number[] = [];
  let bestBefore = -Infinity; // max u2 over groups with strictly larger u1
  let seenAny = false;
  let g = 0;
  while (g < order.length) {
    const head = order[g] as number;
    const u1 = flat[head * 2] as number;
    const groupMax = flat[head * 2 + 1] as number; // sorted by u2 descending inside the group
    let end = g;
    while (end < order.length && flat[(order[end] as number) * 2] === u1) {
      const p = order[end] as number;
      if (flat[p * 2 + 1] === groupMax && (!seenAny || groupMax > bestBefore)) out.push(p);
      end++;
    }
    if (!seenAny || groupMax > bestBefore) bestBefore = groupMax;
    seenAny = true;
    g = end;
  }
  return out;
}

/**
 * Three parties: an earlier outcome q dominates p iff q2 ≥ p2, q3 ≥ p3 and q ≠ p as vectors (q1 ≥ p1
 * holds by the order). Copies of one vector are adjacent, so each group of copies is queried before
 * it is inserted. The tree maps u3 rank (largest first) to the best u2 rank seen (0 = none).
 */
function sweepThree(flat: Float64Array, order: Int32Array): number[] {
  const n = order.length;
  const rank2 = ranks(flat, 1, n, false);
  const rank3 = ranks(flat, 2, n, true);
  const tree = new Int32Array(n + 1);
  const out: number[] = [];
  let g = 0;
  while (g < n) {
    const head = order[g] as number;
    let end = g + 1;
    while (end < n && sameVector(flat, head, order[end] as number)) end++;
    // Best u2 rank among earlier outcomes whose u3 rank is at most this one's (u3 at least as large).
    let best = 0;
    for (let i = rank3[head] as number; i > 0; i -= i & -i) best = Math.max(best, tree[i] as number);
    if (best < (rank2[head] as number)) for (let s = g; s < end; s++) out.push(order[s] as number);
    for (let i = rank3[head] as number; i <= n; i += i & -i)
      tree[i] = Math.max(tree[i] as number, rank2[head] as number);
    g = end;
  }
  return out;
}

/** 1-based dense ranks of column `col`: ascending values, or descending with `descending`. */
function ranks(flat: Float64Array, col: number, n: number, descending: boolean): Int32Array {
  const sorted = new Float64Array(n);
  for (let p = 0; p < n; p++) sorted[p] = flat[p * 3 + col] as number;
  sorted.sort(); // numeric, native
  let m = 0; // distinct values, compacted in place
  for (let s = 0; s < n; s++) if (s === 0 || sorted[s] !== sorted[m - 1]) sorted[m++] = sorted[s] as number;
  const out = new Int32Array(n);
  for (let p = 0; p < n; p++) {
    const x = flat[p * 3 + col] as number;
    let lo = 0;
    let hi = m - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    out[p] = descending ? m - lo : lo + 1;
  }
  return out;
}

function sameVector(flat: Float64Array, a: number, b: number): boolean {
  return (
    flat[a * 3] === flat[b * 3] && flat[a * 3 + 1] === flat[b * 3 + 1] && flat[a * 3 + 2] === flat[b * 3 + 2]
  );
}

function sweepMany(flat: Float64Array, order: Int32Array, k: number): number[] {
  const out: number[] = [];
  const front: number[] = []; // offsets into `flat` of frontier points, for a tight inner loop
  for (let s = 0; s < order.length; s++) {
    const p = order[s] as number;
    const base = p * k;
    let dominated = false;
    for (let f = 0; f < front.length && !dominated; f++) {
      const fb = front[f] as number;
      let geq = true;
      let gt = false;
      for (let i = 0; i < k; i++) {
        const a = flat[fb + i] as number;
        const b = flat[base + i] as number;
        if (a < b) {
          geq = false;
          break;
        }
        if (a > b) gt = true;
      }
      dominated = geq && gt;
    }
    if (!dominated) {
      out.push(p);
      front.push(base);
    }
  }
  return out;
}

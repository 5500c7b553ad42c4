/** How many rows fell under a key and the sums of their values, field by field. */
export interface KeySums<K> {
  readonly key: K;
  count: number;
  readonly sums: number[];
}

/**
 * Groups rows by a string key and sums `values(row)` element-wise per group, keeping the first row's
 * `key(row)` object and first-seen order. The basis of every "mean per world" and "pooled rate" series.
 */
export function sumByKey<T, K>(
  rows: Iterable<T>,
  key: (row: T) => K,
  id: (k: K) => string,
  values: (row: T) => readonly number[],
): KeySums<K>[] {
  const groups = new Map<string, KeySums<K>>();
  for (const row of rows) {
    const k = key(row);
    const v = values(row);
    const name = id(k);
    let g = groups.get(name);
    if (g === undefined) {
      g = { key: k, count: 0, sums: v.map(() => 0) };
      groups.set(name, g);
    }
    g.count++;
    v.forEach((x, j) => (g.sums[j] = (g.sums[j] ?? 0) + x));
  }
  return [...groups.values()];
}

/** Up to `max` names from `known` closest to `name` by edit distance (case-insensitive), for "did you mean". */
export function closestNames(name: string, known: readonly string[], max = 3): string[] {
  const target = name.toLowerCase();
  return known
    .map((k) => ({ k, d: editDistance(target, k.toLowerCase()) }))
    .filter(({ k, d }) => d <= Math.max(2, Math.floor(k.length / 2)) || k.toLowerCase().includes(target))
    .sort((a, b) => a.d - b.d || (a.k < b.k ? -1 : 1))
    .slice(0, max)
    .map(({ k }) => k);
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
    }
    prev = cur;
  }
  return prev[b.length] as number;
}

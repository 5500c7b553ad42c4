/** The middle value (the upper one of an even count): what the benchmark keeps of repeated measurements. */
export function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((x, y) => x - y);
  const m = sorted[Math.floor(sorted.length / 2)];
  if (m === undefined) throw new Error('median of no values');
  return m;
}

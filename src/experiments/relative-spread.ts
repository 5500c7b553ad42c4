/**
 * How unequal incomes are: (max − min) / mean, 0 when everyone earns the same (the seed's aim of
 * "approximately the same income", our measure). NaN when the mean is 0.
 */
export function relativeSpread(incomes: readonly number[]): number {
  if (incomes.length === 0) return NaN;
  const mean = incomes.reduce((s, v) => s + v, 0) / incomes.length;
  return mean === 0 ? NaN : (Math.max(...incomes) - Math.min(...incomes)) / mean;
}

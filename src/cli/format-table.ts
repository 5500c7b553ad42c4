/** A plain-text table: a header row, a rule, then rows; numbers right-aligned. */
export function formatTable(
  headers: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  const cells = rows.map((r) => r.map((c) => String(c)));
  const widths = headers.map((h, j) => Math.max(h.length, ...cells.map((r) => (r[j] ?? '').length)));
  const numeric = headers.map((_, j) => rows.length > 0 && rows.every((r) => typeof r[j] === 'number'));
  const line = (r: readonly string[]): string =>
    r
      .map((c, j) => (numeric[j] ? c.padStart(widths[j] as number) : c.padEnd(widths[j] as number)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

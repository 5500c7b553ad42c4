import type { Cell, ExperimentReport, ExperimentTable } from './experiment-report.ts';

/** A report as Markdown: a heading, the tables as pipe tables, then the notes (the form of docs/experiments.md). */
export function renderReport(report: ExperimentReport): string {
  const parts = [
    `### ${report.title}`,
    '',
    `\`scm experiments ${report.name} --seed ${report.seed}${report.instances > 0 ? ` --instances ${report.instances}` : ''}\``,
  ];
  for (const table of report.tables) parts.push('', `**${table.title}**`, '', markdownTable(table));
  if (report.notes.length > 0) parts.push('', ...report.notes.map((n) => `- ${n}`));
  return parts.join('\n');
}

function markdownTable(table: ExperimentTable): string {
  const rows = table.rows.map((r) => r.map(formatCell));
  const numeric = table.headers.map(
    (_, j) => table.rows.length > 0 && table.rows.every((r) => typeof r[j] === 'number'),
  );
  const widths = table.headers.map((h, j) => Math.max(h.length, 3, ...rows.map((r) => (r[j] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((c, j) => (numeric[j] ? c.padStart(widths[j] as number) : c.padEnd(widths[j] as number))).join(' | ')} |`;
  const rule = `|${widths.map((w, j) => (numeric[j] ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(table.headers), rule, ...rows.map(line)].join('\n');
}

/** Whole numbers as they are, others with two decimals. */
function formatCell(c: Cell): string {
  if (typeof c === 'string') return c;
  return Number.isInteger(c) ? String(c) : c.toFixed(2);
}

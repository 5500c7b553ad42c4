/** CSV text (RFC 4180): a header line, then one line per row; fields with commas, quotes or newlines are quoted. */
export function formatCsv(
  headers: readonly string[],
  rows: readonly (readonly (string | number | boolean | null)[])[],
): string {
  const field = (v: string | number | boolean | null): string => {
    const s = v === null || (typeof v === 'number' && Number.isNaN(v)) ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [headers, ...rows].map((r) => r.map(field).join(',')).join('\n');
}

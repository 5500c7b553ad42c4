/**
 * Milliseconds on a monotonic wall clock. Only the watchdog of isolated agents reads it: budgets are wall
 * time by definition (league-rules.md §13.2), and they change a world only when an agent runs over one.
 */
export function wallMs(): number {
  // eslint-disable-next-line no-restricted-properties -- the watchdog measures wall time on purpose
  return performance.now();
}

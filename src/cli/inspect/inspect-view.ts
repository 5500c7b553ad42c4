/** What `scm inspect` shows: data for --json and the same as text for people. */
export interface InspectView {
  readonly data: unknown;
  readonly text: string;
}

/** Money as people read it: two decimals. */
export function money(x: number): string {
  return x.toFixed(2);
}

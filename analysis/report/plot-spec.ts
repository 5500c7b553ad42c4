import type { TopLevelSpec } from 'vega-lite';

/** One plot of a report: its file name, what it shows, and the series a reader should find in it. */
export interface PlotSpec {
  /** File stem, kebab-case: `<name>.svg` and `<name>.png`. */
  readonly name: string;
  readonly title: string;
  /** Names of the plotted series (legend entries or categories), in order. */
  readonly series: readonly string[];
  readonly spec: TopLevelSpec;
}

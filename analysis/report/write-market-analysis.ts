import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../../src/store/open-db.ts';
import { type MarketDynamics, marketDynamics } from '../market/market-dynamics.ts';
import { marketPlots } from './market-plots.ts';
import { marketReport } from './market-report.ts';
import { renderPlot } from './render-plot.ts';

/** What was analysed: runs, and how titles and the report name them. */
export interface AnalysisTarget {
  readonly runIds: readonly number[];
  /** Short, for plot titles: "run 3 (tiny, seed x)". */
  readonly about: string;
  /** Longer, for the report's heading. */
  readonly heading: string;
}

/** The files an analysis wrote, and the dynamics behind them. */
export interface WrittenAnalysis {
  readonly dynamics: MarketDynamics;
  /** Paths written, the report first. */
  readonly files: readonly string[];
  /** Plot names with the series each shows. */
  readonly plots: readonly {
    readonly name: string;
    readonly title: string;
    readonly series: readonly string[];
  }[];
}

/**
 * Analyses stored runs into `outDir` (created if needed): `report.md`, `dynamics.json` (every series
 * as data) and each plot as `<name>.svg` and `<name>.png`.
 */
export async function writeMarketAnalysis(
  db: Db,
  target: AnalysisTarget,
  outDir: string,
): Promise<WrittenAnalysis> {
  const dynamics = marketDynamics(db, target.runIds);
  const plots = marketPlots(dynamics, target.about);
  mkdirSync(outDir, { recursive: true });
  const files: string[] = [];
  const write = (name: string, content: string | Uint8Array): void => {
    const path = join(outDir, name);
    writeFileSync(path, content);
    files.push(path);
  };
  write('report.md', marketReport(dynamics, target.heading, plots));
  write('dynamics.json', `${JSON.stringify(dynamics, null, 2)}\n`);
  for (const p of plots) {
    const { svg, png } = await renderPlot(p.spec);
    write(`${p.name}.svg`, svg);
    write(`${p.name}.png`, png);
  }
  return { dynamics, files, plots: plots.map(({ name, title, series }) => ({ name, title, series })) };
}

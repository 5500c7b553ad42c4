import { describe, expect, it } from 'vitest';
import { marketDynamics } from '../../../../analysis/market/market-dynamics.ts';
import { marketPlots } from '../../../../analysis/report/market-plots.ts';
import { marketReport } from '../../../../analysis/report/market-report.ts';
import { renderPlot } from '../../../../analysis/report/render-plot.ts';
import { marketStore } from '../market/market-fixture.ts';
import { PNG_SIGNATURE, parseSvg, pngSize } from './plot-checks.ts';

describe('marketPlots() and renderPlot()', () => {
  it('draw every plot as valid SVG naming its series, and as a PNG', async () => {
    const { db, runIds } = marketStore({ std: true });
    const plots = marketPlots(marketDynamics(db, runIds), 'store test');
    db.close();
    expect(plots.map((p) => p.name)).toEqual([
      'trading-prices',
      'negotiations',
      'contract-volume',
      'shortfalls',
      'bankruptcies',
      'scores',
    ]);
    for (const p of plots) {
      const { svg, png } = await renderPlot(p.spec);
      const { root, texts } = parseSvg(svg);
      expect(root, p.name).toBe('svg');
      expect(p.series.length, p.name).toBeGreaterThan(0);
      for (const s of p.series) expect(texts, `${p.name}: ${s}`).toContain(s);
      expect([...png.subarray(0, 8)], p.name).toEqual(PNG_SIGNATURE);
      expect(png.byteLength, p.name).toBeGreaterThan(5000);
      expect(pngSize(png).width, p.name).toBeGreaterThan(600);
    }
    expect(plots.find((p) => p.name === 'trading-prices')?.series).toEqual([
      'product 0',
      'product 1',
      'product 2',
    ]);
    expect(plots.find((p) => p.name === 'scores')?.series).toEqual(['X']);
  });

  it('renders the same SVG twice for the same data', async () => {
    const { db, runIds } = marketStore();
    const [first] = marketPlots(marketDynamics(db, runIds), 'store test');
    db.close();
    if (first === undefined) throw new Error('no plot');
    expect((await renderPlot(first.spec)).svg).toBe((await renderPlot(first.spec)).svg);
  });
});

describe('marketReport()', () => {
  it('writes a markdown report with headline numbers, figures and the bankruptcy list', () => {
    const { db, runIds } = marketStore({ std: true });
    const d = marketDynamics(db, runIds);
    db.close();
    const md = marketReport(d, 'the store test', marketPlots(d, 'store test'));
    expect(md).toMatch(/^# Market analysis: the store test\n/);
    for (const h of [
      '## Trading prices',
      '## Negotiations per day and level',
      '## Shortfalls',
      '## Bankruptcies',
      '## Scores per agent type',
    ])
      expect(md).toContain(h);
    expect(md).toContain('![Trading price per product](trading-prices.png)');
    const b = d.bankruptcyEvents[0];
    expect(md).toContain(`| ${b?.runId} | ${b?.day} | 02X@1 | X | 1 |`);
    expect(md).toContain(`| negotiations | ${d.totals.negotiations} (`);
  });
});

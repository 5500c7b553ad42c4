import type { MarketDynamics } from '../market/market-dynamics.ts';
import { markdownTable } from './markdown-table.ts';
import type { PlotSpec } from './plot-spec.ts';

const fixed = (x: number, digits = 2): string => (Number.isFinite(x) ? x.toFixed(digits) : '-');
const percent = (x: number): string => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '-');

/**
 * The analysis as markdown: headline numbers, then one section per plot (the PNG shown, the SVG
 * linked) with a table of the numbers behind it. `heading` names what was analysed.
 */
export function marketReport(d: MarketDynamics, heading: string, plots: readonly PlotSpec[]): string {
  const t = d.totals;
  const per = t.runs > 1 ? ' (means per world over the runs)' : '';
  const figure = (name: string): string[] => {
    const p = plots.find((x) => x.name === name);
    return p === undefined
      ? []
      : [`![${p.title}](${p.name}.png)`, '', `Vector version: [${p.name}.svg](${p.name}.svg)`, ''];
  };
  const out: string[] = [
    `# Market analysis: ${heading}`,
    '',
    markdownTable(
      ['measure', 'value'],
      [
        ['runs', String(t.runs)],
        ['days (longest run)', String(t.days)],
        ['factories', String(t.factories)],
        ['negotiations', `${t.negotiations} (${t.agreements} agreements, ${percent(t.agreementRate)})`],
        ['rounds per negotiation', fixed(t.meanRounds)],
        ['units agreed', `${t.agreedQuantity} (value ${fixed(t.agreedValue)})`],
        ['shortfall', `${t.shortfallQuantity} units (penalty ${fixed(t.shortfallPenalty)})`],
        ['bankruptcies', `${t.bankruptcies} of ${t.factories} factories`],
      ],
    ),
    '',
    '## Trading prices',
    '',
    ...figure('trading-prices'),
  ];
  const products = [...new Set(d.prices.map((p) => p.product))];
  out.push(
    markdownTable(
      ['product', 'first day', 'last day', 'min', 'max', 'units executed per day'],
      products.map((product) => {
        const s = d.prices.filter((p) => p.product === product);
        const prices = s.map((p) => p.tradingPrice);
        return [
          `product ${product}`,
          fixed(s[0]?.tradingPrice ?? NaN),
          fixed(s[s.length - 1]?.tradingPrice ?? NaN),
          fixed(Math.min(...prices)),
          fixed(Math.max(...prices)),
          fixed(s.reduce((a, p) => a + p.soldQuantity, 0) / Math.max(1, s.length), 1),
        ];
      }),
    ),
    '',
    '## Negotiations per day and level',
    '',
    ...figure('negotiations'),
  );
  const perMarket = new Set(d.negotiations.filter((n) => n.product !== null).map((n) => n.series));
  // One market (OneShot): its row and the 'all products' row would be the same.
  const markets = [...new Set(d.negotiations.map((n) => n.series))].filter(
    (m) => perMarket.size !== 1 || perMarket.has(m),
  );
  out.push(
    markdownTable(
      [
        'market',
        'negotiations per day',
        'agreement rate',
        'rounds per negotiation',
        'contracts per day',
        'units agreed per day',
      ],
      markets.map((m) => {
        const s = d.negotiations.filter((n) => n.series === m);
        const days = Math.max(1, t.days);
        const held = s.reduce((a, n) => a + n.negotiations, 0);
        const agreed = s.reduce((a, n) => a + n.contracts, 0);
        const rounds = s.reduce(
          (a, n) => a + (Number.isFinite(n.meanRounds) ? n.meanRounds * n.negotiations : 0),
          0,
        );
        return [
          m,
          fixed(held / days, 1),
          percent(held > 0 ? agreed / held : NaN),
          fixed(held > 0 ? rounds / held : NaN),
          fixed(agreed / days, 1),
          fixed(s.reduce((a, n) => a + n.agreedQuantity, 0) / days, 1),
        ];
      }),
    ),
    '',
    `## Contract volume${per}`,
    '',
    ...figure('contract-volume'),
    `## Shortfalls${per}`,
    '',
    ...figure('shortfalls'),
  );
  const levels = [...new Set(d.shortfalls.map((s) => s.series))];
  out.push(
    markdownTable(
      ['sellers', 'shortfall units', 'penalty'],
      levels.map((l) => {
        const s = d.shortfalls.filter((x) => x.series === l);
        return [
          l,
          fixed(
            s.reduce((a, x) => a + x.shortfallQuantity, 0),
            1,
          ),
          fixed(s.reduce((a, x) => a + x.shortfallPenalty, 0)),
        ];
      }),
    ),
    '',
    `## Bankruptcies${per}`,
    '',
    ...figure('bankruptcies'),
  );
  out.push(
    d.bankruptcyEvents.length === 0
      ? 'No factory went bankrupt.'
      : markdownTable(
          ['run', 'day', 'factory', 'agent type', 'level'],
          d.bankruptcyEvents.map((b) => [b.runId, b.day, b.agent, b.agentType, b.level]),
        ),
    '',
    '## Scores per agent type',
    '',
    ...figure('scores'),
    markdownTable(
      ['agent type', 'factories', 'mean', 'median', 'std', 'min', 'max'],
      d.scoresByType.map((s) => [
        s.agentType,
        s.count,
        fixed(s.mean, 4),
        fixed(s.median, 4),
        fixed(s.std, 4),
        fixed(s.min, 4),
        fixed(s.max, 4),
      ]),
    ),
    '',
    'Scores are final balance / initial balance (1 = break-even), one per factory, fillers included.',
    '',
  );
  return out.join('\n');
}

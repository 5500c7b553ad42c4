import type { TopLevelSpec } from 'vega-lite';
import type { MarketDynamics } from '../market/market-dynamics.ts';
import type { PlotSpec } from './plot-spec.ts';

const WIDTH = 560;
const HEIGHT = 220;
const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';
/** Common sans-serif faces in order, so the PNG renderer finds one on macOS, Windows and Linux (unquoted: resvg skips a quoted name in a list). */
const FONT = 'Helvetica, Arial, DejaVu Sans, Liberation Sans, sans-serif';

/** A top-level spec before its data is attached. */
type Chart = TopLevelSpec extends infer T ? (T extends unknown ? Omit<T, 'data'> : never) : never;

/** A chart inside a vertical concatenation. */
type StackedChart = Extract<TopLevelSpec, { vconcat: unknown }>['vconcat'][number];

/** A single-view chart: fits both at the top level and inside a concatenation. */
type UnitChart = Extract<StackedChart, { mark: unknown }>;

/** NaN (an undefined rate) as null, which vega-lite leaves out of lines. */
function finite(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}

interface LineOptions {
  readonly title: string;
  readonly y: string;
  readonly yTitle: string;
  readonly legend: string;
  readonly series: readonly string[];
  readonly yFormat?: string;
  /** Smallest step between y ticks (1 for counts). */
  readonly yTickMinStep?: number;
  readonly step?: boolean;
  /** Mark every point (readable for short runs). */
  readonly points?: boolean;
}

/** A line per series over the days, without data (the caller attaches it). */
function lineChart(o: LineOptions): UnitChart {
  return {
    title: o.title,
    width: WIDTH,
    height: HEIGHT,
    mark: { type: 'line', point: o.points ?? false, ...(o.step ? { interpolate: 'step-after' } : {}) },
    encoding: {
      x: { field: 'day', type: 'quantitative', title: 'day', axis: { tickMinStep: 1, format: 'd' } },
      y: {
        field: o.y,
        type: 'quantitative',
        title: o.yTitle,
        axis: {
          ...(o.yFormat === undefined ? {} : { format: o.yFormat }),
          ...(o.yTickMinStep === undefined ? {} : { tickMinStep: o.yTickMinStep }),
        },
      },
      color: { field: 'series', type: 'nominal', title: o.legend, sort: [...o.series] },
    },
  };
}

function withData(values: readonly Record<string, unknown>[], spec: Chart | UnitChart): TopLevelSpec {
  return { $schema: SCHEMA, ...spec, data: { values: [...values] }, config: { font: FONT } };
}

/**
 * The report's plots as vega-lite specs: trading prices per product, agreement rate and rounds per day
 * and level, units agreed per day, shortfalls and bankruptcies per level, and final scores per agent
 * type. `about` names what was analysed (it goes into every title).
 */
export function marketPlots(d: MarketDynamics, about: string): PlotSpec[] {
  const priceSeriesNames = distinct(d.prices.map((p) => p.series));
  const marketNames = distinct(d.negotiations.filter((n) => n.product !== null).map((n) => n.series));
  // With a single market (OneShot) its line and the 'all products' line are the same: draw it once.
  const shown = d.negotiations.filter((n) => n.product !== null || marketNames.length !== 1);
  const negotiationNames = distinct(shown.map((n) => n.series));
  const shortfallNames = distinct(d.shortfalls.map((s) => s.series));
  const bankruptcyNames = distinct(d.bankruptcies.map((b) => b.series));
  const types = d.scoresByType.map((t) => t.agentType);
  const negotiationValues = shown.map((n) => ({
    day: n.day,
    series: n.series,
    agreementRate: finite(n.agreementRate),
    meanRounds: finite(n.meanRounds),
  }));
  const points = d.totals.days <= 40;
  const negotiationChart = (y: string, title: string, yFormat?: string): StackedChart =>
    lineChart({
      title,
      y,
      yTitle: title,
      legend: 'market',
      series: negotiationNames,
      points,
      ...(yFormat === undefined ? {} : { yFormat }),
    });
  return [
    {
      name: 'trading-prices',
      title: 'Trading price per product',
      series: priceSeriesNames,
      spec: withData(
        d.prices.map((p) => ({ day: p.day, series: p.series, tradingPrice: p.tradingPrice })),
        lineChart({
          title: `Trading price per product: ${about}`,
          y: 'tradingPrice',
          yTitle: 'trading price (money per unit)',
          legend: 'product',
          series: priceSeriesNames,
          points,
        }),
      ),
    },
    {
      name: 'negotiations',
      title: 'Agreement rate and rounds per day and level',
      series: negotiationNames,
      spec: withData(negotiationValues, {
        title: `Negotiations per day and level: ${about}`,
        vconcat: [
          negotiationChart('agreementRate', 'agreement rate', '.0%'),
          negotiationChart('meanRounds', 'rounds per negotiation'),
        ],
      }),
    },
    {
      name: 'contract-volume',
      title: 'Units agreed per day and level',
      series: marketNames,
      spec: withData(
        d.negotiations
          .filter((n) => n.product !== null)
          .map((n) => ({ day: n.day, series: n.series, agreedQuantity: n.agreedQuantity })),
        {
          title: `Contract volume (units agreed per day): ${about}`,
          width: WIDTH,
          height: HEIGHT,
          mark: 'bar',
          encoding: {
            x: { field: 'day', type: 'ordinal', title: 'day' },
            y: { field: 'agreedQuantity', type: 'quantitative', title: 'units agreed', stack: 'zero' },
            color: { field: 'series', type: 'nominal', title: 'market', sort: marketNames },
          },
        },
      ),
    },
    {
      name: 'shortfalls',
      title: 'Shortfall per day and level',
      series: shortfallNames,
      spec: withData(
        d.shortfalls.map((s) => ({ day: s.day, series: s.series, shortfallQuantity: s.shortfallQuantity })),
        lineChart({
          title: `Shortfall (units promised but not delivered): ${about}`,
          y: 'shortfallQuantity',
          yTitle: 'shortfall (units)',
          legend: 'sellers',
          series: shortfallNames,
          points,
        }),
      ),
    },
    {
      name: 'bankruptcies',
      title: 'Bankrupt factories over time',
      series: bankruptcyNames,
      spec: withData(
        d.bankruptcies.map((b) => ({ day: b.day, series: b.series, bankrupt: b.bankrupt })),
        lineChart({
          title: `Bankrupt factories (cumulative): ${about}`,
          y: 'bankrupt',
          yTitle: 'bankrupt factories',
          legend: 'level',
          series: bankruptcyNames,
          yTickMinStep: 1,
          step: true,
        }),
      ),
    },
    {
      name: 'scores',
      title: 'Score distribution per agent type',
      series: types,
      spec: withData(
        d.scores.map((s) => ({ agentType: s.agentType, score: s.score, agent: s.agent })),
        {
          title: `Final score (balance / initial balance) per agent type: ${about}`,
          width: Math.max(WIDTH, 70 * types.length),
          height: HEIGHT,
          encoding: {
            x: {
              field: 'agentType',
              type: 'nominal',
              title: 'agent type',
              sort: types,
              axis: { labelAngle: -30 },
            },
            y: { field: 'score', type: 'quantitative', title: 'score', scale: { zero: false } },
          },
          layer: [
            {
              mark: { type: 'boxplot', extent: 'min-max', opacity: 0.5 },
              encoding: { color: { field: 'agentType', type: 'nominal', sort: types, legend: null } },
            },
            { mark: { type: 'point', filled: true, size: 36, color: 'black', opacity: 0.7 } },
          ],
        },
      ),
    },
  ];
}

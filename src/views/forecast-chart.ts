/** @module The forecast chart of one series: the published values as a line, the forecast dashed with its 80 % (darker) and 95 % (lighter) bands, and "verwacht definitief" months as a mark with their 80 % interval — a Vega-Lite spec rendered to SVG (vega-svg.ts); the page puts the same rows beside it as a table. */
import type { TopLevelSpec } from 'vega-lite';
import type { ForecastRow } from '../engine/forecast-rows.ts';
import { EXPECTED_FINAL_METHOD } from '../engine/forecast-rows.ts';
import type { PeriodKind } from '../domain/period.ts';
import { t } from './messages.ts';
import { renderVegaLiteSvg } from './vega-svg.ts';

/** The periods a chart (and its table) shows: every year, the last 20 quarters, the last 36 months, plus the forecast. */
const HISTORY: Readonly<Record<PeriodKind, number>> = { year: 50, half: 20, quarter: 20, month: 36 };

/** The legend's words, also the series' values in the spec (the layers filter on them). */
export const SERIES_LABELS = {
  value: t('forecastSeriesValue'),
  expected: t('forecastSeriesExpected'),
  forecast: t('forecastSeriesForecast'),
} as const;

const COLOURS = {
  value: '#24578f',
  expected: '#b3541e',
  forecast: '#1d1d1d',
  band80: '#8fb3d9',
  band95: '#d6e4f2',
};

/** The rows a chart and its table show: the recent history and every forecast period. */
export function visibleRows(rows: readonly ForecastRow[], kind: PeriodKind): ForecastRow[] {
  const history = rows.filter((r) => r.method === null || r.method === EXPECTED_FINAL_METHOD);
  const ahead = rows.slice(history.length);
  return [...history.slice(-HISTORY[kind]), ...ahead];
}

/** The spec (pure, testable as JSON). Axis labels thin out to about twelve so months stay legible at 390 px. */
export function forecastChartSpec(rows: readonly ForecastRow[], unit: string): TopLevelSpec {
  const periods = rows.map((r) => r.period);
  const every = Math.max(1, Math.ceil(periods.length / 12));
  const values = rows.map((r) => ({
    period: r.period,
    value: r.value,
    forecast: r.forecast,
    lower80: r.lower80,
    upper80: r.upper80,
    lower95: r.lower95,
    upper95: r.upper95,
    series:
      r.method === EXPECTED_FINAL_METHOD
        ? SERIES_LABELS.expected
        : r.forecast !== null
          ? SERIES_LABELS.forecast
          : SERIES_LABELS.value,
  }));
  const legend = (
    [
      [SERIES_LABELS.value, COLOURS.value],
      [SERIES_LABELS.expected, COLOURS.expected],
      [SERIES_LABELS.forecast, COLOURS.forecast],
    ] as const
  ).filter(([label]) => label === SERIES_LABELS.value || values.some((v) => v.series === label));
  const x = {
    field: 'period',
    type: 'ordinal' as const,
    sort: periods,
    scale: { type: 'point' as const, padding: 0.5 },
    title: null,
    axis: { labelAngle: -45, values: periods.filter((_, i) => i % every === 0) },
  };
  const colour = {
    field: 'series',
    type: 'nominal' as const,
    title: null,
    // The legend names only the series the chart draws (no "verwacht definitief" where no nowcast applies).
    scale: {
      domain: legend.map(([label]) => label),
      range: legend.map(([, colour]) => colour),
    },
    legend: { orient: 'top' as const, labelLimit: 240 },
  };
  const isForecast = `datum.series === '${SERIES_LABELS.forecast}'`;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 560,
    height: 240,
    data: { values },
    encoding: { x },
    layer: [
      {
        transform: [{ filter: isForecast }],
        mark: { type: 'area', color: COLOURS.band95 },
        encoding: { y: { field: 'lower95', type: 'quantitative', title: unit }, y2: { field: 'upper95' } },
      },
      {
        transform: [{ filter: isForecast }],
        mark: { type: 'area', color: COLOURS.band80 },
        encoding: { y: { field: 'lower80', type: 'quantitative' }, y2: { field: 'upper80' } },
      },
      {
        // A running period's incomplete value is in the table, not on the line: it would read as a fall. A secret
        // value ('.') breaks the line instead of being bridged, as it breaks the series the forecast is fitted on.
        transform: [{ filter: `!(${isForecast})` }],
        mark: { type: 'line', point: true, color: COLOURS.value, invalid: 'break-paths-filter-domains' },
        encoding: { y: { field: 'value', type: 'quantitative', axis: { format: ',~r' } } },
      },
      {
        transform: [{ filter: isForecast }],
        mark: { type: 'line', strokeDash: [5, 4], point: true },
        encoding: { y: { field: 'forecast', type: 'quantitative' }, color: colour },
      },
      {
        transform: [{ filter: `datum.series === '${SERIES_LABELS.expected}'` }],
        mark: { type: 'rule', color: COLOURS.expected, strokeWidth: 2 },
        encoding: { y: { field: 'lower80', type: 'quantitative' }, y2: { field: 'upper80' } },
      },
      {
        transform: [{ filter: `datum.series !== '${SERIES_LABELS.forecast}' && datum.value !== null` }],
        mark: { type: 'point', filled: true, shape: 'diamond', size: 60 },
        encoding: {
          y: { field: 'forecast', type: 'quantitative' },
          color: colour,
          opacity: { condition: { test: 'datum.forecast === null', value: 0 }, value: 1 },
        },
      },
    ],
    resolve: { scale: { y: 'shared' } },
  };
}

/** The chart as SVG with an accessible name and description (the table beside it gives every number). */
export async function renderForecastChart(
  rows: readonly ForecastRow[],
  names: { indicator: string; area: string; unit: string },
): Promise<string> {
  return renderVegaLiteSvg(forecastChartSpec(rows, names.unit), {
    title: t('forecastCaption', { indicator: names.indicator, area: names.area }),
    description: t('forecastChartDescription'),
  });
}

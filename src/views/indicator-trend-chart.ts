/** @module The trend chart of one indicator for one area: a Vega-Lite bar chart per period, provisional periods lighter, running periods outlined (dashed) and labelled "t/m <date>"; optionally the target band per period and the baseline as a line. */
import type { TopLevelSpec } from 'vega-lite';
import type { ValueStatus } from '../domain/indicator-status.ts';
import { parsePeriod, type PeriodKind } from '../domain/period.ts';
import { formatDate, t, type Locale } from './messages.ts';
import type { IndicatorView } from './indicator-view-model.ts';
import { renderVegaLiteSvg } from './vega-svg.ts';

/** The period kind of a chart's x axis (its periods are all of one kind). */
const chartKind = (view: IndicatorView): PeriodKind => parsePeriod(view.periods[0] ?? '')?.kind ?? 'year';

const AXIS_TITLES = {
  year: 'year',
  half: 'axisHalf',
  quarter: 'axisQuarter',
  month: 'axisMonth',
} as const satisfies Record<PeriodKind, string>;

/**
 * How each status is drawn: final solid dark, provisional solid light, running as a dashed outline without fill (its
 * bar holds only part of the period, so it must not read as a complete one).
 */
const STATUS_STYLE: ReadonlyArray<{ status: ValueStatus; fill: string; stroke: string; dash: number[] }> = [
  { status: 'final', fill: '#24578f', stroke: '#24578f', dash: [1, 0] },
  { status: 'provisional', fill: '#8fb3d9', stroke: '#8fb3d9', dash: [1, 0] },
  { status: 'running', fill: '#ffffff', stroke: '#24578f', dash: [4, 3] },
];

/**
 * The Vega-Lite spec (pure, testable as JSON). Hidden values are left out of the chart (the table shows the symbol).
 * A running period's bar carries the label "t/m <date>" (the indicator's data-until date) above it.
 */
export interface TrendChartOptions {
  /** Targets per period: drawn as a tick with a band of ± `tolerancePercent` around it (periods outside the view are left out). */
  readonly targets?: ReadonlyArray<{ readonly period: string; readonly value: number }>;
  /** The width of the band around a target, in percent of the target (the goal tree's tolerance). */
  readonly tolerancePercent?: number;
  /** The baseline (nulmeting): a horizontal line across the chart, labelled with its period. */
  readonly baseline?: { readonly period: string; readonly value: number } | null;
}

export function trendChartSpec(
  view: IndicatorView,
  area: string,
  locale: Locale = 'nl',
  options: TrendChartOptions = {},
): TopLevelSpec {
  const until =
    view.dataUntil === null
      ? t('running', {}, locale)
      : t('runningUntil', { date: formatDate(view.dataUntil, locale) }, locale);
  const values = view.periods.flatMap((period) => {
    const cell = view.cells.find((c) => c.period === period && c.area === area);
    return cell && cell.value !== null
      ? [
          {
            period,
            value: cell.value,
            status: t(cell.status, {}, locale),
            label: cell.status === 'running' ? until : '',
          },
        ]
      : [];
  });
  // The legend lists the statuses that occur, in a fixed order.
  const shown = STATUS_STYLE.filter((s) => values.some((v) => v.status === t(s.status, {}, locale)));
  const scale = <T>(pick: (s: (typeof STATUS_STYLE)[number]) => T) => ({
    domain: shown.map((s) => t(s.status, {}, locale)),
    range: shown.map(pick),
  });
  const legend = { orient: 'top' as const };
  const x = {
    field: 'period',
    type: 'ordinal' as const,
    title: t(AXIS_TITLES[chartKind(view)], {}, locale),
    sort: [...view.periods],
    scale: { domain: [...view.periods] },
    // Months and quarters are many: labels that would overlap are left out (the table lists every period).
    axis: { labelAngle: 0, labelOverlap: 'greedy' as const },
  };
  // The x encoding sits in each layer (not at the top) so that the baseline rule can span the whole chart.
  const layers: unknown[] = [
    {
      mark: { type: 'bar', tooltip: false, strokeWidth: 1.5 },
      encoding: {
        x,
        fill: { field: 'status', type: 'nominal', title: null, scale: scale((s) => s.fill), legend },
        stroke: { field: 'status', type: 'nominal', title: null, scale: scale((s) => s.stroke), legend },
        strokeDash: { field: 'status', type: 'nominal', title: null, scale: scale((s) => s.dash), legend },
      },
    },
    {
      transform: [{ filter: "datum.label !== ''" }],
      mark: { type: 'text', baseline: 'bottom', dy: -4, fontSize: 11, color: '#1d1d1d' },
      encoding: { x, text: { field: 'label', type: 'nominal' } },
    },
    ...referenceLayers(view, options, x, locale),
  ];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 520,
    height: 220,
    data: { values },
    encoding: {
      y: { field: 'value', type: 'quantitative', title: view.unit, axis: { format: ',~r', tickMinStep: 1 } },
    },
    layer: layers,
  } as TopLevelSpec;
}

/**
 * The target band (a light rectangle from target − tolerance to target + tolerance, with the target as a dark tick)
 * and the baseline (a dashed horizontal rule with its label). Drawn over the bars but light, so bars stay readable.
 */
function referenceLayers(
  view: IndicatorView,
  options: TrendChartOptions,
  x: object,
  locale: Locale,
): unknown[] {
  const layers: unknown[] = [];
  const tolerance = options.tolerancePercent ?? 0;
  const targets = (options.targets ?? [])
    .filter((target) => view.periods.includes(target.period))
    .map((target) => {
      const band = (Math.abs(target.value) * tolerance) / 100;
      return {
        period: target.period,
        target: target.value,
        lower: target.value - band,
        upper: target.value + band,
      };
    });
  if (targets.length > 0) {
    layers.push(
      {
        data: { values: targets },
        mark: { type: 'rect', color: '#f0b429', opacity: 0.35 },
        encoding: { x, y: { field: 'lower', type: 'quantitative' }, y2: { field: 'upper' } },
      },
      {
        data: { values: targets },
        mark: { type: 'tick', color: '#7a4d00', thickness: 3 },
        encoding: { x, y: { field: 'target', type: 'quantitative' } },
      },
    );
  }
  // A baseline is a figure of one period kind (nulmeting 2015 is a year): on a chart of months or quarters its
  // level means nothing, so it is drawn only on a chart of its own kind.
  const baseline = options.baseline;
  if (baseline && parsePeriod(baseline.period)?.kind === chartKind(view)) {
    const label = t('chartBaseline', { period: baseline.period }, locale);
    layers.push(
      {
        data: { values: [{ baseline: baseline.value }] },
        mark: { type: 'rule', color: '#1d1d1d', strokeDash: [6, 3], strokeWidth: 1.5 },
        encoding: { y: { field: 'baseline', type: 'quantitative' } },
      },
      {
        data: { values: [{ baseline: baseline.value, label }] },
        mark: {
          type: 'text',
          align: 'right',
          baseline: 'bottom',
          dy: -3,
          x: 'width',
          fontSize: 11,
          color: '#1d1d1d',
        },
        encoding: {
          y: { field: 'baseline', type: 'quantitative' },
          text: { field: 'label', type: 'nominal' },
        },
      },
    );
  }
  return layers;
}

export async function renderTrendChart(
  view: IndicatorView,
  area: { code: string; name: string },
  locale: Locale = 'nl',
  options: TrendChartOptions = {},
): Promise<string> {
  const extras = [
    (options.targets ?? []).some((target) => view.periods.includes(target.period))
      ? t('chartTargetBand', {}, locale)
      : '',
    options.baseline ? t('chartBaseline', { period: options.baseline.period }, locale) : '',
  ].filter(Boolean);
  const description = t('chartDescription', { name: view.name, area: area.name }, locale);
  return renderVegaLiteSvg(trendChartSpec(view, area.code, locale, options), {
    title: `${view.name} — ${area.name}`,
    description: extras.length === 0 ? description : `${description} ${extras.join('. ')}.`,
  });
}

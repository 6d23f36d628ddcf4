/** @module The trend chart of one indicator for one area: a Vega-Lite bar chart per period, provisional periods lighter, running periods outlined (dashed) and labelled "t/m <date>". */
import type { TopLevelSpec } from 'vega-lite';
import type { ValueStatus } from '../domain/indicator-status.ts';
import { formatDate, t, type Locale } from './messages.ts';
import type { IndicatorView } from './indicator-view-model.ts';
import { renderVegaLiteSvg } from './vega-svg.ts';

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
export function trendChartSpec(view: IndicatorView, area: string, locale: Locale = 'nl'): TopLevelSpec {
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
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 520,
    height: 220,
    data: { values },
    encoding: {
      x: {
        field: 'period',
        type: 'ordinal',
        title: t('year', {}, locale),
        sort: [...view.periods],
        axis: { labelAngle: 0 },
      },
      y: { field: 'value', type: 'quantitative', title: view.unit, axis: { format: ',~r', tickMinStep: 1 } },
    },
    layer: [
      {
        mark: { type: 'bar', tooltip: false, strokeWidth: 1.5 },
        encoding: {
          fill: { field: 'status', type: 'nominal', title: null, scale: scale((s) => s.fill), legend },
          stroke: { field: 'status', type: 'nominal', title: null, scale: scale((s) => s.stroke), legend },
          strokeDash: { field: 'status', type: 'nominal', title: null, scale: scale((s) => s.dash), legend },
        },
      },
      {
        transform: [{ filter: "datum.label !== ''" }],
        mark: { type: 'text', baseline: 'bottom', dy: -4, fontSize: 11, color: '#1d1d1d' },
        encoding: { text: { field: 'label', type: 'nominal' } },
      },
    ],
  };
}

export async function renderTrendChart(
  view: IndicatorView,
  area: { code: string; name: string },
  locale: Locale = 'nl',
): Promise<string> {
  return renderVegaLiteSvg(trendChartSpec(view, area.code, locale), {
    title: `${view.name} — ${area.name}`,
    description: t('chartDescription', { name: view.name, area: area.name }, locale),
  });
}

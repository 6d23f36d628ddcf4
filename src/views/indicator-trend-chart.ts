/** @module The trend chart of one indicator for one area: a Vega-Lite bar chart per period, provisional periods shown lighter. */
import type { TopLevelSpec } from 'vega-lite';
import { t, type Locale } from './messages.ts';
import type { IndicatorView } from './indicator-view-model.ts';
import { renderVegaLiteSvg } from './vega-svg.ts';

/** The Vega-Lite spec (pure, testable as JSON). Hidden values are left out of the chart (the table shows the symbol). */
export function trendChartSpec(view: IndicatorView, area: string, locale: Locale = 'nl'): TopLevelSpec {
  const values = view.periods.flatMap((period) => {
    const cell = view.cells.find((c) => c.period === period && c.area === area);
    return cell && cell.value !== null
      ? [{ period, value: cell.value, status: t(cell.status, {}, locale) }]
      : [];
  });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 520,
    height: 220,
    data: { values },
    mark: { type: 'bar', tooltip: false },
    encoding: {
      x: {
        field: 'period',
        type: 'ordinal',
        title: t('year', {}, locale),
        sort: [...view.periods],
        axis: { labelAngle: 0 },
      },
      y: { field: 'value', type: 'quantitative', title: view.unit, axis: { format: ',~r', tickMinStep: 1 } },
      color: {
        field: 'status',
        type: 'nominal',
        title: null,
        scale: {
          domain: [t('final', {}, locale), t('provisional', {}, locale)],
          range: ['#24578f', '#8fb3d9'],
        },
        legend: { orient: 'top' },
      },
    },
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

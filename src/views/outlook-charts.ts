/** @module Renders the two charts of the outlook (forecast, funnel) for the page and the report chapter, which take them as ready SVG. */
import type { OutlookData } from '../engine/outlook-read-service.ts';
import { renderForecastChart, visibleRows } from './forecast-chart.ts';
import { renderFunnelChart } from './funnel-chart.ts';
import { unitLabel } from './table-labels.ts';

export interface OutlookCharts {
  /** '' when the series has no rows. */
  readonly forecastSvg: string;
  /** '' when there is no funnel. */
  readonly funnelSvg: string;
}

export async function renderOutlookCharts(data: OutlookData): Promise<OutlookCharts> {
  const series = data.series;
  const rows = series ? visibleRows(series.rows, series.kind) : [];
  const forecastSvg =
    series && rows.length > 0
      ? await renderForecastChart(rows, {
          indicator: series.indicator.name,
          area: series.area.name,
          unit: unitLabel(series.indicator.unit),
        })
      : '';
  const funnelName = data.rateIndicators.find((i) => i.id === data.request.funnel);
  const funnelSvg =
    data.funnel && funnelName
      ? await renderFunnelChart(data.funnel, { indicator: funnelName.name, unit: '' })
      : '';
  return { forecastSvg, funnelSvg };
}

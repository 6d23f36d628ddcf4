/** @module Renders the charts of the outlook (forecast, funnel) for the pages and the report, which take them as ready SVG: one forecast chart for /prognose, /indicator/<id> and the report. */
import type { OutlookData, SeriesForecastView } from '../engine/outlook-read-service.ts';
import { renderForecastChart, visibleRows } from './forecast-chart.ts';
import { renderFunnelChart } from './funnel-chart.ts';
import { unitLabel } from './table-labels.ts';

export interface OutlookCharts {
  /** '' when the series has no rows. */
  readonly forecastSvg: string;
  /** '' when there is no funnel. */
  readonly funnelSvg: string;
}

/** One series' forecast chart ('' when it has no rows to show). */
export async function renderSeriesForecastChart(series: SeriesForecastView): Promise<string> {
  const rows = visibleRows(series.rows, series.kind);
  return rows.length > 0
    ? renderForecastChart(rows, {
        indicator: series.indicator.name,
        area: series.area.name,
        unit: unitLabel(series.indicator.unit),
      })
    : '';
}

export async function renderOutlookCharts(data: OutlookData): Promise<OutlookCharts> {
  const forecastSvg = data.series ? await renderSeriesForecastChart(data.series) : '';
  const funnelName = data.rateIndicators.find((i) => i.id === data.request.funnel);
  const funnelSvg =
    data.funnel && funnelName
      ? await renderFunnelChart(data.funnel, { indicator: funnelName.name, unit: '' })
      : '';
  return { forecastSvg, funnelSvg };
}

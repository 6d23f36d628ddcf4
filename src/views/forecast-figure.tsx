/** @module One series' forecast as a figure — the one component for forecast bands on /prognose, /indicator/<id> and in the report: the chart (server-rendered SVG), under it the method and its backtest in a sentence (or why there is no forecast), and the same rows as a table — period, value, expected, 80 % and 95 % bands, method. */
import type { JSX } from 'preact';
import { EXPECTED_FINAL_METHOD } from '../engine/forecast-rows.ts';
import type { SeriesForecastView } from '../engine/outlook-read-service.ts';
import { DataTable } from './data-table.tsx';
import { visibleRows } from './forecast-chart.ts';
import { formatNumber, t } from './messages.ts';

export interface ForecastFigureProps {
  view: SeriesForecastView;
  /** Pre-rendered SVG (trusted: our own renderer); empty when there are no rows. */
  chartSvg: string;
  /** A lead-in above the chart where the figure has no heading of its own (the report's cards). */
  label?: string;
}

const n = (x: number | null): string => (x === null ? '' : formatNumber(x));
const band = (lo: number | null, hi: number | null): string =>
  lo === null || hi === null ? '' : `${n(lo)} – ${n(hi)}`;

/** The sentence under the chart: "Prognose met methode …; bij terugtoetsen viel …", or the reason there is none. */
export function forecastSentence(view: SeriesForecastView): string {
  const forecast = view.rows.some((r) => r.method !== null && r.method !== EXPECTED_FINAL_METHOD);
  return forecast
    ? t('forecastSummary', { summary: view.summary })
    : `${view.summary.charAt(0).toUpperCase()}${view.summary.slice(1)}.`;
}

export function ForecastFigure({ view, chartSvg, label }: ForecastFigureProps): JSX.Element {
  const rows = visibleRows(view.rows, view.kind);
  const caption = t('forecastCaption', { indicator: view.indicator.name, area: view.area.name });
  const sentence = <p class="utrecht-paragraph msd-forecast-summary">{forecastSentence(view)}</p>;
  const lead = label ? (
    <p class="utrecht-paragraph msd-forecast-label">
      <strong>{label}</strong>
    </p>
  ) : null;
  if (rows.length === 0)
    return (
      <div class="msd-forecast">
        {lead}
        {sentence}
      </div>
    );
  return (
    <div class="msd-forecast">
      {lead}
      <figure class="utrecht-figure msd-chart" dangerouslySetInnerHTML={{ __html: chartSvg }} />
      {sentence}
      <DataTable
        caption={caption}
        columns={[
          { label: t('forecastColPeriod') },
          ...(
            ['forecastColValue', 'forecastColExpected', 'forecastColBand80', 'forecastColBand95'] as const
          ).map((key) => ({ label: t(key), numeric: true })),
          { label: t('forecastColMethod') },
        ]}
        rows={rows.map((r) => [
          r.period,
          r.value === null && r.forecast === null ? '.' : n(r.value),
          n(r.forecast),
          band(r.lower80, r.upper80),
          band(r.lower95, r.upper95),
          r.method ?? '',
        ])}
      />
    </div>
  );
}

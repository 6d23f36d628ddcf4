/** @module One series' forecast as a figure: the chart (server-rendered SVG) with the method line, and the same rows as a table — period, value, expected, 80 % and 95 % bands, method. */
import type { JSX } from 'preact';
import type { SeriesForecastView } from '../engine/outlook-read-service.ts';
import { DataTable } from './data-table.tsx';
import { visibleRows } from './forecast-chart.ts';
import { formatNumber } from './messages.ts';

export interface ForecastFigureProps {
  view: SeriesForecastView;
  /** Pre-rendered SVG (trusted: our own renderer); empty when there are no rows. */
  chartSvg: string;
}

const n = (x: number | null): string => (x === null ? '' : formatNumber(x));
const band = (lo: number | null, hi: number | null): string =>
  lo === null || hi === null ? '' : `${n(lo)} – ${n(hi)}`;

export function ForecastFigure({ view, chartSvg }: ForecastFigureProps): JSX.Element {
  const rows = visibleRows(view.rows, view.kind);
  const caption = `${view.indicator.name} — ${view.area.name}: cijfers en voorspelling`;
  return (
    <div class="msd-forecast">
      <p class="utrecht-paragraph">{view.summary.charAt(0).toUpperCase() + view.summary.slice(1)}.</p>
      {rows.length > 0 && (
        <>
          <figure class="utrecht-figure msd-chart" dangerouslySetInnerHTML={{ __html: chartSvg }} />
          <DataTable
            caption={caption}
            columns={[
              { label: 'periode' },
              ...['cijfer', 'verwacht', '80 %-band', '95 %-band'].map((label) => ({ label, numeric: true })),
              { label: 'methode' },
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
        </>
      )}
    </div>
  );
}

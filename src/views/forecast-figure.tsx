/** @module One series' forecast as a figure: the chart (server-rendered SVG) with the method line, and the same rows as a table — period, value, expected, 80 % and 95 % bands, method. */
import type { JSX } from 'preact';
import type { SeriesForecastView } from '../engine/outlook-read-service.ts';
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
          <div class="msd-table-scroll" tabIndex={0} role="region" aria-label={caption}>
            <table class="utrecht-table utrecht-table--html-table">
              <caption class="utrecht-table__caption">{caption}</caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  <th scope="col" class="utrecht-table__header-cell">
                    periode
                  </th>
                  {['cijfer', 'verwacht', '80 %-band', '95 %-band'].map((h) => (
                    <th scope="col" class="utrecht-table__header-cell utrecht-table__header-cell--numeric">
                      {h}
                    </th>
                  ))}
                  <th scope="col" class="utrecht-table__header-cell">
                    methode
                  </th>
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                {rows.map((r) => (
                  <tr class="utrecht-table__row">
                    <th scope="row" class="utrecht-table__header-cell">
                      {r.period}
                    </th>
                    <td class="utrecht-table__cell utrecht-table__cell--numeric">
                      {r.value === null && r.forecast === null ? '.' : n(r.value)}
                    </td>
                    <td class="utrecht-table__cell utrecht-table__cell--numeric">{n(r.forecast)}</td>
                    <td class="utrecht-table__cell utrecht-table__cell--numeric">
                      {band(r.lower80, r.upper80)}
                    </td>
                    <td class="utrecht-table__cell utrecht-table__cell--numeric">
                      {band(r.lower95, r.upper95)}
                    </td>
                    <td class="utrecht-table__cell">{r.method ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}

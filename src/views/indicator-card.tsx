/** @module One indicator as a card: heading, definition, trend chart (server-rendered SVG) and the table of published figures per area and period. */
import type { JSX } from 'preact';
import {
  cellKey,
  indexCells,
  periodLabel,
  type IndicatorView,
  type PublishedCell,
} from './indicator-view-model.ts';
import { formatNumber, t, type Locale } from './messages.ts';

/**
 * A missing cell in a period that has figures is a count of zero: shown as secret, like 1–7. A provisional value is
 * marked `*`; a running one is not, its period's heading says it is running ("2026 (lopend, t/m 15-02-2026)").
 */
function cellText(cell: PublishedCell | undefined, periodHasFigures: boolean, locale: Locale): string {
  if (!cell) return periodHasFigures ? '.' : '';
  const shown = cell.value === null ? (cell.symbol ?? '.') : formatNumber(cell.value, locale);
  return cell.status === 'provisional' ? `${shown}*` : shown;
}

export interface IndicatorCardProps {
  view: IndicatorView;
  /** Pre-rendered SVG of the trend chart (trusted: produced by our own renderer). */
  chartSvg: string;
  locale?: Locale;
}

export function IndicatorCard({ view, chartSvg, locale = 'nl' }: IndicatorCardProps): JSX.Element {
  const cells = indexCells(view.cells);
  const periodsWithFigures = new Set(view.cells.map((c) => c.period));
  const headingId = `indicator-${view.id.replaceAll('.', '-')}`;
  return (
    <section class="msd-card" aria-labelledby={headingId}>
      <h2 class="utrecht-heading-2" id={headingId}>
        {view.name}
      </h2>
      <p class="utrecht-paragraph msd-definition">{view.definition}</p>
      <figure class="utrecht-figure msd-chart" dangerouslySetInnerHTML={{ __html: chartSvg }} />
      <div
        class="msd-table-scroll"
        tabIndex={0}
        role="region"
        aria-label={t('tableCaption', { name: view.name }, locale)}
      >
        <table class="utrecht-table utrecht-table--html-table">
          <caption class="utrecht-table__caption">{t('tableCaption', { name: view.name }, locale)}</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th scope="col" class="utrecht-table__header-cell">
                {t('area', {}, locale)}
              </th>
              {view.periods.map((period) => (
                <th scope="col" class="utrecht-table__header-cell utrecht-table__header-cell--numeric">
                  {periodLabel(view, period, locale)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {view.areas.map((area) => (
              <tr class="utrecht-table__row">
                <th scope="row" class="utrecht-table__header-cell">
                  {area.name}
                </th>
                {view.periods.map((period) => (
                  <td class="utrecht-table__cell utrecht-table__cell--numeric">
                    {cellText(cells.get(cellKey(period, area.code)), periodsWithFigures.has(period), locale)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** @module One indicator as a card: heading, definition, trend chart (server-rendered SVG) and the table of published figures per area and period; optionally its status badge with reason, sentence, target and baseline, wijk map, breakdown tables and narrative. */
import type { JSX } from 'preact';
import type { GoalStatus, StatusMark } from '../domain/goal-status.ts';
import { BreakdownTable, type BreakdownTableProps } from './breakdown-table.tsx';
import { StatusBadge } from './status-badge.tsx';
import { WijkMap, type WijkMapProps } from './wijk-map.tsx';
import { ForecastFigure, type ForecastFigureProps } from './forecast-figure.tsx';
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
  /** Heading level of the card's title (2 on a page of cards; deeper inside a report chapter). */
  headingLevel?: 2 | 3 | 4;
  /** The heading's id (a link target); default `indicator-<id>`. Give each card on one page its own. */
  headingId?: string;
  /** The node status from the goal tree (steeringStatus), shown as a badge with its reason. */
  status?: { status: GoalStatus; mark: StatusMark | null; reason: string };
  /** The generated Dutch sentence about the figure (steeringStatus). */
  sentence?: string;
  /** Lines about the figure: e.g. "Streefwaarde 2024: 1.200", "Nulmeting 2019: 1.350". */
  facts?: readonly string[];
  /** The narrative as safe HTML (rendered by narrativeHtml, never raw author HTML). */
  narrative?: { html: string; concept: boolean };
  map?: WijkMapProps;
  breakdowns?: readonly BreakdownTableProps[];
  /** The series' forecast with its bands (the forecast figure of /prognose), under the figures' table. */
  forecast?: ForecastFigureProps;
}

const HEADING_CLASS = { 2: 'utrecht-heading-2', 3: 'utrecht-heading-3', 4: 'utrecht-heading-4' } as const;

export function IndicatorCard({
  view,
  chartSvg,
  locale = 'nl',
  headingLevel = 2,
  headingId = `indicator-${view.id.replaceAll('.', '-')}`,
  status,
  sentence,
  facts,
  narrative,
  map,
  breakdowns,
  forecast,
}: IndicatorCardProps): JSX.Element {
  const cells = indexCells(view.cells);
  const periodsWithFigures = new Set(view.cells.map((c) => c.period));
  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  return (
    <section class="msd-card" aria-labelledby={headingId}>
      <Heading class={HEADING_CLASS[headingLevel]} id={headingId}>
        {view.name}
      </Heading>
      {status ? (
        <StatusBadge status={status.status} mark={status.mark} reason={status.reason} locale={locale} />
      ) : null}
      {sentence ? <p class="utrecht-paragraph msd-sentence">{sentence}</p> : null}
      {facts && facts.length > 0 ? (
        <ul class="utrecht-unordered-list msd-facts">
          {facts.map((fact) => (
            <li class="utrecht-unordered-list__item">{fact}</li>
          ))}
        </ul>
      ) : null}
      <p class="utrecht-paragraph msd-definition">{view.definition}</p>
      <figure class="utrecht-figure msd-chart msd-keep" dangerouslySetInnerHTML={{ __html: chartSvg }} />
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
      {forecast ? <ForecastFigure {...forecast} /> : null}
      {map ? <WijkMap {...map} locale={locale} /> : null}
      {(breakdowns ?? []).map((breakdown) => (
        <BreakdownTable {...breakdown} locale={locale} />
      ))}
      {narrative ? (
        <div class="msd-narrative">
          <p class="utrecht-paragraph msd-narrative-label">
            <strong>{t(narrative.concept ? 'cardNarrativeConcept' : 'cardNarrative', {}, locale)}</strong>
          </p>
          <div dangerouslySetInnerHTML={{ __html: narrative.html }} />
        </div>
      ) : null}
    </section>
  );
}

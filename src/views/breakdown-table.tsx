/** @module The published figures of one indicator for one period and area split by a breakdown (care type, age group …), as an accessible table. */
import type { JSX } from 'preact';
import type { ValueStatus } from '../domain/indicator-status.ts';
import { formatNumber, t, type Locale } from './messages.ts';

export interface BreakdownRow {
  /** The category's label as the reader sees it (e.g. "jeugdhulp zonder verblijf"). */
  readonly label: string;
  /** The published value; null when hidden (then `symbol`, usually '.'). */
  readonly value: number | null;
  readonly symbol: string | null;
  readonly status: ValueStatus;
}

export interface BreakdownTableProps {
  /** The indicator's name, the breakdown's name, the period and area: together the caption. */
  name: string;
  breakdown: string;
  period: string;
  area: string;
  unit: string;
  rows: readonly BreakdownRow[];
  locale?: Locale;
}

/** A value as the tables show it: Dutch notation, '.' when hidden, `*` after a provisional figure. */
export function publishedText(
  value: number | null,
  symbol: string | null,
  status: ValueStatus,
  locale: Locale = 'nl',
): string {
  const shown = value === null ? (symbol ?? '.') : formatNumber(value, locale);
  return status === 'provisional' ? `${shown}*` : shown;
}

export function BreakdownTable(props: BreakdownTableProps): JSX.Element {
  const { locale = 'nl' } = props;
  const caption = t(
    'breakdownCaption',
    { name: props.name, breakdown: props.breakdown, period: props.period, area: props.area },
    locale,
  );
  return (
    <div class="msd-table-scroll msd-keep" tabIndex={0} role="region" aria-label={caption}>
      <table class="utrecht-table utrecht-table--html-table">
        <caption class="utrecht-table__caption">{caption}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th scope="col" class="utrecht-table__header-cell">
              {t('breakdownCategory', {}, locale)}
            </th>
            <th scope="col" class="utrecht-table__header-cell utrecht-table__header-cell--numeric">
              {props.unit}
            </th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {props.rows.map((row) => (
            <tr class="utrecht-table__row">
              <th scope="row" class="utrecht-table__header-cell">
                {row.label}
              </th>
              <td class="utrecht-table__cell utrecht-table__cell--numeric">
                {publishedText(row.value, row.symbol, row.status, locale)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** @module The published figures of one indicator for one period and area split by a breakdown (care type, age group …), as an accessible table. */
import type { JSX } from 'preact';
import type { ValueStatus } from '../domain/indicator-status.ts';
import { DataTable } from './data-table.tsx';
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
    <DataTable
      caption={caption}
      keep
      columns={[{ label: t('breakdownCategory', {}, locale) }, { label: props.unit, numeric: true }]}
      rows={props.rows.map((row) => [row.label, publishedText(row.value, row.symbol, row.status, locale)])}
    />
  );
}

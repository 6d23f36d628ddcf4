/** @module The rows a municipal user gets from `msd indicators show` (table, CSV, XLSX): published values in the contract shape, with area and breakdown names beside their codes and Dutch status labels. */
import type { IndicatorValueOut } from '../engine/indicator-query.ts';
import { valueStatusLabel, type Locale } from './messages.ts';
import { breakdownLabel, type ColumnKey } from './table-labels.ts';

export interface IndicatorExportRow {
  readonly indicator: string;
  readonly period: string;
  readonly areaCode: string;
  readonly areaName: string;
  /** `careType=met verblijf`, or '' for a total. */
  readonly breakdownCode: string;
  /** `soort jeugdhulp: met verblijf`, or '' for a total. */
  readonly breakdownLabel: string;
  /** Null when secret (`secret`) or when it cannot be computed. */
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** True when disclosure control hides the value (shown as `.`, CBS geheim). */
  readonly secret: boolean;
  readonly status: string;
}

/** The columns every writer shows, in order; `numeric` columns hold numbers (secret: `.`). */
export const INDICATOR_EXPORT_COLUMNS: readonly {
  key: keyof IndicatorExportRow & ColumnKey;
  numeric: boolean;
}[] = [
  { key: 'indicator', numeric: false },
  { key: 'period', numeric: false },
  { key: 'areaCode', numeric: false },
  { key: 'areaName', numeric: false },
  { key: 'breakdownCode', numeric: false },
  { key: 'breakdownLabel', numeric: false },
  { key: 'value', numeric: true },
  { key: 'numerator', numeric: true },
  { key: 'denominator', numeric: true },
  { key: 'status', numeric: false },
];

/** Values to export rows: names from `areaNames` (code when unknown), labels in `locale`. */
export function indicatorExportRows(
  values: readonly IndicatorValueOut[],
  areaNames: ReadonlyMap<string, string>,
  locale: Locale = 'nl',
): IndicatorExportRow[] {
  return values.map((v) => ({
    indicator: v.indicator,
    period: v.period,
    areaCode: v.area,
    areaName: areaNames.get(v.area) ?? v.area,
    breakdownCode: v.breakdown ? `${v.breakdown.key}=${v.breakdown.value}` : '',
    breakdownLabel: v.breakdown ? breakdownLabel(v.breakdown.key, v.breakdown.value, locale) : '',
    value: v.value,
    numerator: v.numerator,
    denominator: v.denominator,
    secret: v.symbol === '.',
    status: valueStatusLabel(v.status, locale),
  }));
}

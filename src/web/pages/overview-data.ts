/** @module The cross-indicator tables of `/domein/<domein>` and `/wijk/<code>`: per indicator its published totals for the chosen year, for an area and the gemeente; and the law-combination matrix of the integraal page. All from the cube through `pageValues`. */
import type { IndicatorValueOut } from '../../engine/indicator-query.ts';
import type { SqlStore } from '../../store/sql-store.ts';
import { t } from '../../views/messages.ts';
import { unitLabel } from '../../views/table-labels.ts';
import type { DashboardArea, DashboardContext, DashboardIndicator } from '../dashboard-context.ts';
import { pageValues, type Audience } from '../page-values.ts';
import type { FigureTableModel, ShownCell } from './figure-table.tsx';

const isYear = (period: string): boolean => /^\d{4}$/.test(period);

export const toShownCell = (v: IndicatorValueOut | undefined): ShownCell | null =>
  v
    ? {
        value: v.value,
        symbol: v.symbol === '' ? null : v.symbol,
        status: v.status,
        ref: `${v.period}|${v.area}|${v.breakdown ? `${v.breakdown.key}=${v.breakdown.value}` : ''}`,
      }
    : null;

/** Yearly totals of an indicator for every area (published as for the wijk table of its own page). */
export async function yearlyTotals(
  store: SqlStore,
  context: DashboardContext,
  indicator: string,
  audience: Audience,
): Promise<IndicatorValueOut[]> {
  return (await pageValues(store, { indicator, breakdown: '' }, context.catalogue, audience)).filter((v) =>
    isYear(v.period),
  );
}

/** The years any of the indicators has a value for, and the default year (latest with a value that is not running). */
export function yearsOf(values: readonly IndicatorValueOut[]): {
  years: string[];
  latestSettled: string | undefined;
} {
  const years = [...new Set(values.map((v) => v.period))].sort();
  const settled = [...new Set(values.filter((v) => v.status !== 'running').map((v) => v.period))].sort();
  return { years, latestSettled: settled.at(-1) ?? years.at(-1) };
}

/** One row per indicator: the value for each area in `areas` for `year`. */
export function indicatorRows(
  indicators: readonly DashboardIndicator[],
  values: ReadonlyMap<string, readonly IndicatorValueOut[]>,
  areas: readonly DashboardArea[],
  year: string,
): FigureTableModel['rows'] {
  return indicators.map((indicator) => {
    const own = values.get(indicator.id) ?? [];
    const unit = unitLabel(indicator.definition?.unit ?? '');
    return {
      label: unit === '' ? indicator.name : `${indicator.name} (${unit})`,
      href: `/indicator/${encodeURIComponent(indicator.id)}?soort=jaar&periode=${year}`,
      cells: areas.map((a) => toShownCell(own.find((v) => v.period === year && v.area === a.code))),
    };
  });
}

/** The law combinations in the order of the catalogue's definition (alleen Jeugd … alle drie). */
export async function combinationMatrix(
  store: SqlStore,
  context: DashboardContext,
  year: string,
  area: DashboardArea,
  audience: Audience,
): Promise<FigureTableModel | null> {
  const [persons, households] = await Promise.all(
    ['integral.clients.byCombination', 'integral.households.byCombination'].map((indicator) =>
      pageValues(
        store,
        { indicator, period: year, area: area.code, breakdown: 'combination' },
        context.catalogue,
        audience,
      ),
    ),
  );
  const parts = (rows: readonly IndicatorValueOut[] | undefined) =>
    (rows ?? []).filter((v) => v.breakdown !== null);
  const combos = [...new Set([...parts(persons), ...parts(households)].map((v) => v.breakdown?.value ?? ''))];
  if (combos.length === 0) return null;
  const find = (rows: readonly IndicatorValueOut[] | undefined, combo: string) =>
    toShownCell(parts(rows).find((v) => v.breakdown?.value === combo));
  const total = (rows: readonly IndicatorValueOut[] | undefined) =>
    toShownCell((rows ?? []).find((v) => v.breakdown === null));
  return {
    id: 'combinaties',
    caption: t('dashCombinationCaption', { area: area.name, year }),
    rowHeading: t('dashCombination'),
    columns: [t('dashPersons'), t('dashHouseholds')],
    rows: [
      ...combos.map((combo) => ({ label: combo, cells: [find(persons, combo), find(households, combo)] })),
      { label: t('dashTotal'), cells: [total(persons), total(households)] },
    ],
  };
}

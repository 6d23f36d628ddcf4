/** @module Gathers what `/indicator/<id>` shows for its filters: the time series (chart and table) with its forecast bands, every area for the chosen period (map and table), the chosen breakdown, the goal-tree nodes that steer on it, and how it is computed — all from the cube as published values. */
import type { FeatureCollection, Geometry } from 'geojson';
import { indicatorDataUntil, indicatorSources } from '../../engine/compile/indicator-delivery.ts';
import type { IndicatorValueOut } from '../../engine/indicator-query.ts';
import { OUTLOOK_PERIOD_KINDS } from '../../engine/forecast-service.ts';
import { readSeriesOutlook, type SeriesForecastView } from '../../engine/outlook-read-service.ts';
import { PERIOD_KIND_NAMES } from '../../domain/query-reasons.ts';
import { renderSeriesForecastChart } from '../../views/outlook-charts.ts';
import { visibleRows } from '../../views/forecast-chart.ts';
import type { ForecastRow } from '../../engine/forecast-rows.ts';
import { parsePeriod, type PeriodKind } from '../../domain/period.ts';
import type { GoalStatus, StatusMark } from '../../domain/goal-status.ts';
import type { GoalTreeDocument } from '../../domain/goal-tree.ts';
import { GOAL_DEFAULTS } from '../../domain/goal-tree.ts';
import type { SteeringNode, SteeringView } from '../../steering/steering-status.ts';
import { frozenPeriodsOf } from '../../engine/frozen-periods.ts';
import { purgedBefore } from '../../retention/retention-reasons.ts';
import type { SqlStore } from '../../store/sql-store.ts';
import { renderTrendChart, type TrendChartOptions } from '../../views/indicator-trend-chart.ts';
import { renderWijkMapSvg } from '../../views/wijk-map.tsx';
import type { IndicatorView, PublishedCell } from '../../views/indicator-view-model.ts';
import { periodLabel } from '../../views/indicator-view-model.ts';
import { t } from '../../views/messages.ts';
import { breakdownLabel, unitLabel } from '../../views/table-labels.ts';
import type { DashboardArea, DashboardContext, DashboardIndicator } from '../dashboard-context.ts';
import type { DashboardFilters } from '../dashboard-filters.ts';
import { pageValues, type Audience } from '../page-values.ts';
import type { FigureTableModel, ShownCell } from './figure-table.tsx';

/** How many periods of a kind the series shows, ending at the chosen one (years: all). */
const SERIES_LENGTH: Record<PeriodKind, number> = { year: 100, half: 12, quarter: 12, month: 24 };

export interface IndicatorGoalNode {
  readonly id: string;
  readonly title: string;
  readonly status: GoalStatus;
  readonly mark: StatusMark | null;
  readonly reason: string;
  readonly sentence: string;
  readonly target: number | null;
  readonly baseline: { period: string; value: number } | null;
  readonly narrativeHtml: string | null;
}

/** The series' forecast with its bands (as /prognose shows it), or why the page shows none. */
export type IndicatorForecast =
  | {
      readonly view: SeriesForecastView;
      readonly chartSvg: string;
      /** The figure's table as download rows: value, expected and both bands per period, the method as status. */
      readonly table: FigureTableModel;
    }
  | { readonly reason: string };

export interface IndicatorPageData {
  readonly indicator: DashboardIndicator;
  readonly unit: string;
  readonly filters: DashboardFilters;
  readonly kinds: readonly PeriodKind[];
  readonly periods: readonly string[];
  readonly seriesChartSvg: string | null;
  readonly seriesTable: FigureTableModel | null;
  /** The forecast of the chosen area and period kind; null when the page has no values of that kind. */
  readonly forecast: IndicatorForecast | null;
  readonly areaTable: FigureTableModel | null;
  readonly mapSvg: string | null;
  readonly breakdownTable: FigureTableModel | null;
  readonly goalNodes: readonly IndicatorGoalNode[];
  readonly sources: readonly { source: string; date: string | null }[];
  readonly dataUntil: string | null;
  /** Why there is nothing to show (never an empty page without a word of why). */
  readonly emptyReason: string | null;
  /**
   * After a purge, for an indicator without figures in the periods it froze (one defined later): why its series
   * begins where it does. Null otherwise.
   */
  readonly retentionNote: string | null;
}

const toCell = (v: IndicatorValueOut): ShownCell => ({
  value: v.value,
  symbol: v.symbol === '' ? null : v.symbol,
  status: v.status,
  ref: `${v.period}|${v.area}|${v.breakdown ? `${v.breakdown.key}=${v.breakdown.value}` : ''}`,
});

const published = (v: IndicatorValueOut): PublishedCell => ({
  period: v.period,
  area: v.area,
  value: v.value,
  symbol: v.symbol === '' ? null : v.symbol,
  status: v.status === 'final' || v.status === 'running' ? v.status : 'provisional',
});

/** Every indicator node in the tree that steers on `indicator`. */
function nodesOf(view: SteeringView | undefined, indicator: string): SteeringNode[] {
  if (!view) return [];
  const found = new Map<string, SteeringNode>();
  const walk = (node: SteeringNode): void => {
    if (node.kind === 'indicator' && node.indicator === indicator) found.set(node.id, node);
    node.children.forEach(walk);
  };
  walk(view.root);
  return [...found.values()];
}

export interface IndicatorPageInput {
  readonly store: SqlStore;
  readonly context: DashboardContext;
  readonly indicator: DashboardIndicator;
  readonly filters: DashboardFilters;
  readonly kinds: readonly PeriodKind[];
  readonly audience: Audience;
  readonly boundaries: FeatureCollection<Geometry | null>;
  /** The steering view for the chosen period and area (undefined when there is no goal tree). */
  readonly steering: SteeringView | undefined;
  /** The goal tree (latest version), for the targets and baseline drawn in the chart; undefined without a tree. */
  readonly tree: GoalTreeDocument | undefined;
  /** Totals of every period and area, as `pageValues` gives them (shared with the period choice). */
  readonly totals: readonly IndicatorValueOut[];
}

export async function loadIndicatorPage(input: IndicatorPageInput): Promise<IndicatorPageData> {
  const { store, context, indicator, filters, audience } = input;
  const definition = indicator.definition;
  const unit = unitLabel(definition?.unit ?? '');
  const ofKind = input.totals.filter((v) => parsePeriod(v.period)?.kind === filters.periodKind);
  const periods = [...new Set(ofKind.map((v) => v.period))].sort();
  const dataUntil =
    indicatorDataUntil(
      indicator.id,
      context.deliveryDates,
      context.deliveryDate ?? undefined,
      context.catalogue,
    ) ?? null;
  const sourceMap = definition
    ? (indicatorSources([indicator.id], context.catalogue).get(indicator.id) ?? [])
    : [];
  const sources = sourceMap.map((source) => ({ source, date: context.deliveryDates[source] ?? null }));
  const goalNodes = nodesOf(input.steering, indicator.id).map((n) => ({
    id: n.id,
    title: n.title,
    status: n.status,
    mark: n.mark,
    reason: n.reason,
    sentence: n.sentence ?? '',
    target: n.target ?? null,
    baseline: n.baseline ?? null,
    narrativeHtml: n.narrative?.html ?? null,
  }));
  const frozen = await frozenPeriodsOf(store, indicator.id);
  const retentionNote =
    frozen !== null && !input.totals.some((v) => (parsePeriod(v.period)?.start ?? '') < frozen.before)
      ? purgedBefore(frozen.cutoff)
      : null;
  const base = {
    indicator,
    unit,
    filters,
    kinds: input.kinds,
    periods,
    goalNodes,
    sources,
    dataUntil,
    retentionNote,
  };
  const period = filters.period;
  if (period === undefined) {
    return {
      ...base,
      seriesChartSvg: null,
      seriesTable: null,
      forecast: null,
      areaTable: null,
      mapSvg: null,
      breakdownTable: null,
      emptyReason: t('dashNoValuesOfKind', { kind: filters.periodKind }),
    };
  }
  const area = filters.area;
  const gemeente = context.gemeente;
  const shownAreas: DashboardArea[] = area.code === gemeente.code ? [gemeente] : [gemeente, area];
  const end = periods.indexOf(period);
  const seriesPeriods = periods.slice(Math.max(0, end + 1 - SERIES_LENGTH[filters.periodKind]), end + 1);
  const inSeries = new Set(seriesPeriods);
  const view: IndicatorView = {
    id: indicator.id,
    name: indicator.name,
    definition: definition?.definitionNl ?? '',
    unit,
    areas: shownAreas,
    periods: seriesPeriods,
    cells: ofKind.filter((v) => inSeries.has(v.period)).map(published),
    dataUntil,
  };
  const byKey = new Map(ofKind.map((v) => [`${v.period}|${v.area}`, v]));
  const cell = (p: string, a: string): ShownCell | null => {
    const v = byKey.get(`${p}|${a}`);
    return v ? toCell(v) : null;
  };
  const areaHref = (a: DashboardArea): string => `/wijk/${encodeURIComponent(a.code)}`;
  const seriesTable: FigureTableModel = {
    id: 'reeks',
    caption: t('dashSeriesCaption', { name: indicator.name, unit }),
    rowHeading: t('area'),
    columns: seriesPeriods.map((p) => periodLabel(view, p)),
    rows: shownAreas.map((a) => ({ label: a.name, cells: seriesPeriods.map((p) => cell(p, a.code)) })),
  };
  const areasWithValues = context.areas.filter((a) => byKey.has(`${period}|${a.code}`));
  const areaTable: FigureTableModel = {
    id: 'gebieden',
    caption: t('dashAreaCaption', { name: indicator.name, period: periodLabel(view, period), unit }),
    rowHeading: t('area'),
    columns: [periodLabel(view, period)],
    rows: areasWithValues.map((a) => ({ label: a.name, href: areaHref(a), cells: [cell(period, a.code)] })),
  };
  const mapView: IndicatorView = {
    ...view,
    areas: context.areas.filter((a) => a.level === 'wijk'),
    periods: [period],
    cells: ofKind.filter((v) => v.period === period).map(published),
  };
  const mapSvg =
    input.boundaries.features.length > 0
      ? renderWijkMapSvg({ view: mapView, period, boundaries: input.boundaries, idPrefix: 'kaart' })
      : null;
  let breakdownTable: FigureTableModel | null = null;
  if (filters.breakdown !== '') {
    const rows = await pageValues(
      store,
      { indicator: indicator.id, period, area: area.code, breakdown: filters.breakdown },
      context.catalogue,
      audience,
    );
    const parts = rows.filter((v) => v.breakdown !== null);
    breakdownTable = {
      id: 'uitsplitsing',
      caption: t('dashBreakdownCaption', {
        name: indicator.name,
        area: area.name,
        period: periodLabel(view, period),
        unit,
      }),
      rowHeading: t('dashBreakdown'),
      columns: [periodLabel(view, period)],
      rows: parts.map((v) => ({
        label: v.breakdown ? breakdownLabel(v.breakdown.key, v.breakdown.value).replace(/^[^:]*: /, '') : '',
        cells: [toCell(v)],
      })),
    };
  }
  return {
    ...base,
    // A chart of nothing but hidden values would be an empty frame: the page says why instead.
    seriesChartSvg: view.cells.some((c) => c.area === area.code && c.value !== null)
      ? await renderTrendChart(view, area, 'nl', chartReferences(input.tree, indicator.id))
      : null,
    seriesTable,
    forecast: await forecastOf(store, indicator.id, area, filters.periodKind),
    areaTable,
    mapSvg,
    breakdownTable,
    emptyReason: null,
  };
}

/**
 * The forecast bands of the chosen area and period kind, read as /prognose reads them (published values only, so
 * secret values stay hidden and a forecast never bridges one). Halves are not forecast: the reason says so.
 */
async function forecastOf(
  store: SqlStore,
  indicator: string,
  area: DashboardArea,
  kind: PeriodKind,
): Promise<IndicatorForecast> {
  if (!(OUTLOOK_PERIOD_KINDS as readonly PeriodKind[]).includes(kind))
    return { reason: t('forecastNoKind', { kind: PERIOD_KIND_NAMES[kind].one }) };
  const view = await readSeriesOutlook(store, indicator, area.code, kind);
  if (view === undefined) return { reason: t('outlookNoData') };
  return { view, chartSvg: await renderSeriesForecastChart(view), table: forecastTable(view) };
}

const FORECAST_COLUMNS = [
  ['forecastColValue', (r: ForecastRow) => r.value],
  ['forecastColExpected', (r: ForecastRow) => r.forecast],
  ['forecastDownloadLower80', (r: ForecastRow) => r.lower80],
  ['forecastDownloadUpper80', (r: ForecastRow) => r.upper80],
  ['forecastDownloadLower95', (r: ForecastRow) => r.lower95],
  ['forecastDownloadUpper95', (r: ForecastRow) => r.upper95],
] as const;

const forecastCell = (value: number | null, status: string): ShownCell | null =>
  value === null ? null : { value, symbol: null, status };

/** The forecast figure's rows for a download (the page shows them in the figure's own table). */
function forecastTable(view: SeriesForecastView): FigureTableModel {
  return {
    id: 'prognose',
    caption: t('forecastCaption', { indicator: view.indicator.name, area: view.area.name }),
    rowHeading: t('forecastColPeriod'),
    columns: FORECAST_COLUMNS.map(([key]) => t(key)),
    rows: visibleRows(view.rows, view.kind).map((r) => ({
      label: r.period,
      cells: FORECAST_COLUMNS.map(([key, pick]) =>
        key === 'forecastColValue'
          ? r.value === null && r.forecast === null
            ? { value: null, symbol: '.', status: '' }
            : forecastCell(r.value, '')
          : forecastCell(pick(r), r.method ?? ''),
      ),
    })),
  };
}

/**
 * The targets (with their band) and the baseline of the first tree node that steers on the indicator, for the chart.
 * The targets and baseline are the gemeente's; the chart shows them for any area, as the tree does.
 */
function chartReferences(tree: GoalTreeDocument | undefined, indicator: string): TrendChartOptions {
  const node = tree?.indicators.find((n) => n.indicator === indicator);
  if (!node) return {};
  return {
    targets: node.targets ?? [],
    tolerancePercent: node.tolerancePercent ?? GOAL_DEFAULTS.tolerancePercent,
    baseline: node.baseline ?? null,
  };
}

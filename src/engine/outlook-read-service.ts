/** @module Reads what the /prognose page and the report's outlook chapter show: the year-end projection, stored signals, a funnel plot per wijk, one series' forecast rows and the track record — one call, plain data. */
import { loadCatalogue } from '../catalogue/local-catalogue.ts';
import type { IndicatorDefinition } from '../domain/indicator-definition.ts';
import { valueKindOf } from '../domain/disclosure-control.ts';
import type { PeriodKind } from '../domain/period.ts';
import { funnelPlot, type FunnelPlot } from '../outlook/funnel-plot.ts';
import { claimCorrectionOf } from '../outlook/claim-based-indicators.ts';
import { claimGroupName, methodSummary, NO_FORECAST, nowcastNote } from '../outlook/outlook-reasons.ts';
import type { TrackRecord } from '../outlook/track-record.ts';
import type { SeriesWindow } from '../outlook/series-window.ts';
import type { SqlStore } from '../store/sql-store.ts';
import { projectBudget, type BudgetProjection } from './budget-projection-service.ts';
import { forecastRows, type ForecastRow } from './forecast-rows.ts';
import {
  DEFAULT_HORIZON,
  funnelInputs,
  groupSeries,
  outlookOfSeries,
  pointsForFit,
  readPublishedValues,
  seriesNowcast,
} from './forecast-service.ts';
import { readIndicatorNowcast } from './nowcast-service.ts';
import { readTrackRecord } from './track-record-service.ts';

export interface OutlookChoice {
  readonly id: string;
  readonly name: string;
}

export interface OutlookRequest {
  readonly indicator?: string | undefined;
  readonly area?: string | undefined;
  readonly periodKind?: PeriodKind | undefined;
  readonly funnel?: string | undefined;
  readonly year?: number | undefined;
}

export type StoredSignal = {
  readonly indicator: string;
  readonly area: string;
  readonly areaName: string;
  readonly kind: string;
  readonly period: string;
  readonly rule: string;
  readonly direction: string;
  readonly value: number;
  readonly sentence: string;
};

export interface SeriesForecastView {
  readonly indicator: OutlookChoice & { unit: string };
  readonly area: OutlookChoice;
  readonly kind: PeriodKind;
  readonly rows: ForecastRow[];
  /** The method and its backtest, or why there is no forecast. */
  readonly summary: string;
  /**
   * The nowcast of late declarations of a claim-based series (rows with method "verwacht definitief"): which periods
   * count at their expected final figure, which are withheld, and the sentence saying so; absent otherwise.
   */
  readonly nowcast?: {
    readonly group: string;
    readonly asOf: string;
    readonly expectedFinal: string[];
    readonly withheld: string[];
    readonly note: string;
  };
}

export interface OutlookData {
  /** Indicators with a stored outlook (forecast or reason), for the choice lists. */
  readonly indicators: OutlookChoice[];
  /** Rate indicators (a count over a base), the ones a funnel plot can show. */
  readonly rateIndicators: OutlookChoice[];
  readonly areas: (OutlookChoice & { level: string })[];
  /** What the page shows: the request with the defaults filled in. */
  readonly request: {
    readonly indicator: string;
    readonly area: string;
    readonly periodKind: PeriodKind;
    readonly funnel: string;
    readonly year: number;
  };
  readonly budget: BudgetProjection;
  readonly series: SeriesForecastView | undefined;
  readonly signals: StoredSignal[];
  readonly signalTotal: number;
  readonly funnel: FunnelPlot | undefined;
  readonly trackRecord: TrackRecord & { kept: number };
}

/** Shown first: the youth-care costs per month (with the nowcast) and the share of young people in youth care. */
const DEFAULTS = { indicator: 'youth.cost', periodKind: 'month', funnel: 'youth.clients.pct' } as const;
const SIGNAL_LIMIT = 50;

/** Reads the page's data for a request; unknown or absent choices fall back to the defaults, then the first listed. */
export async function readOutlook(store: SqlStore, request: OutlookRequest): Promise<OutlookData> {
  const catalogue = await loadCatalogue(store);
  const byId = new Map(catalogue.map((d) => [d.id, d]));
  const ids = (
    await store.all<{ indicator: string }>(
      'SELECT DISTINCT indicator FROM forecast_series ORDER BY indicator',
    )
  ).map((r) => r.indicator);
  const indicators = ids.map((id) => ({ id, name: byId.get(id)?.nameNl ?? id }));
  const rateIndicators = indicators.filter((i) => {
    const d = byId.get(i.id);
    return d !== undefined && valueKindOf(d).kind === 'rate';
  });
  const areaRows = await store.all<{ code: string; name: string; level: string }>(
    "SELECT code, name, level FROM area WHERE level IN ('gemeente', 'wijk') ORDER BY level <> 'gemeente', name",
  );
  const areas = areaRows.map((a) => ({ id: a.code, name: a.name, level: a.level }));
  const pick = (wanted: string | undefined, fallback: string, list: readonly OutlookChoice[]) =>
    list.find((i) => i.id === wanted)?.id ?? list.find((i) => i.id === fallback)?.id ?? list[0]?.id ?? '';
  const indicator = pick(request.indicator, DEFAULTS.indicator, indicators);
  const area = pick(request.area, areas.find((a) => a.level === 'gemeente')?.id ?? '', areas);
  const periodKind = request.periodKind ?? DEFAULTS.periodKind;
  const funnel = pick(request.funnel, DEFAULTS.funnel, rateIndicators);

  const budget = await projectBudget(store, request.year);
  const series =
    indicator && area ? await seriesView(store, indicator, area, periodKind, catalogue) : undefined;
  const signalRows = await store.all<StoredSignal & { area_name: string }>(
    `SELECT s.indicator, s.area, coalesce(a.name, s.area) AS area_name, s.period_kind AS kind, s.period, s.rule,
       s.direction, s.value, s.sentence
     FROM outlook_signal s LEFT JOIN area a ON a.code = s.area
     WHERE s.indicator = ? AND s.period_kind = ? ORDER BY s.period DESC, a.level <> 'gemeente', a.name, s.rule`,
    [indicator, periodKind],
  );
  const signals = signalRows
    .slice(0, SIGNAL_LIMIT)
    .map(({ area_name, ...s }) => ({ ...s, areaName: area_name }));

  let plot: FunnelPlot | undefined;
  const funnelDefinition = byId.get(funnel);
  if (funnelDefinition !== undefined) {
    const kind = valueKindOf(funnelDefinition);
    const values = await readPublishedValues(store, funnel, catalogue);
    const levels = new Map(areaRows.map((a) => [a.code, { name: a.name, level: a.level }]));
    // A claim-based rate leaves out years whose declarations are still coming in.
    const claimBased = claimCorrectionOf(funnelDefinition, catalogue) !== undefined;
    const input = funnelInputs(values, 'year', levels, claimBased);
    if (input !== undefined && kind.kind === 'rate')
      plot = funnelPlot(input.period, { ...input, factor: kind.factor }, input.wijken);
  }
  return {
    indicators,
    rateIndicators,
    areas,
    request: { indicator, area, periodKind, funnel, year: budget.year },
    budget,
    series,
    signals,
    signalTotal: signalRows.length,
    funnel: plot,
    trackRecord: await readTrackRecord(store),
  };
}

/**
 * One series' rows and summary, as `msd forecast` gives them and every chart with forecast bands shows them (the
 * /indicator/<id> page, /prognose and the report).
 */
export async function readSeriesOutlook(
  store: SqlStore,
  indicator: string,
  area: string,
  kind: PeriodKind,
): Promise<SeriesForecastView | undefined> {
  return seriesView(store, indicator, area, kind, await loadCatalogue(store));
}

async function seriesView(
  store: SqlStore,
  indicator: string,
  area: string,
  kind: PeriodKind,
  catalogue: readonly IndicatorDefinition[],
): Promise<SeriesForecastView | undefined> {
  const definition = catalogue.find((d) => d.id === indicator);
  const areaRow = (
    await store.all<{ name: string; level: string }>('SELECT name, level FROM area WHERE code = ?', [area])
  )[0];
  const values = await readPublishedValues(store, indicator, catalogue, area);
  const points = groupSeries(values).get(`${area}|${kind}`) ?? [];
  const base = {
    indicator: { id: indicator, name: definition?.nameNl ?? indicator, unit: definition?.unit ?? '' },
    area: { id: area, name: areaRow?.name ?? area },
    kind,
  };
  if (points.length === 0)
    return { ...base, rows: [], summary: NO_FORECAST.noValues(indicator, areaRow?.name ?? area, kind) };
  const indicatorNowcast = await readIndicatorNowcast(store, definition, catalogue);
  const nowcast = seriesNowcast(points, indicatorNowcast);
  const fitted = pointsForFit(points, nowcast);
  const outlook = outlookOfSeries(indicator, area, kind, fitted, DEFAULT_HORIZON[kind]);
  const o = outlook.outcome;
  const note = indicatorNowcast ? nowcastNote(nowcast, indicatorNowcast.correction.group) : '';
  const method = o.ok
    ? methodSummary(o.method, o.score.mase, o.score.coverage80, o.score.coverage95, o.score.forecasts)
    : tooShortReason(outlook.window, kind, o.length, o.minimum);
  return {
    ...base,
    rows: forecastRows(points, outlook, nowcast),
    // The page and the report print the summary as a sentence: the nowcast's note goes with it.
    summary: note === '' ? method : `${method}; ${note}`,
    ...(nowcast !== undefined && indicatorNowcast !== undefined
      ? {
          nowcast: {
            group: claimGroupName(indicatorNowcast.correction.group),
            asOf: nowcast.asOf,
            expectedFinal: [...nowcast.finals.keys()].sort(),
            withheld: [...(nowcast.withheld ?? [])].sort(),
            note,
          },
        }
      : {}),
  };
}

/** Why a series is too short: a secret value just before the fitted run is named, since it broke the series. */
function tooShortReason(window: SeriesWindow, kind: PeriodKind, length: number, minimum: number): string {
  const start = window.points.findIndex((p) => p.period === window.fittedFrom);
  const before = window.points[start > 0 ? start - 1 : window.points.length - window.running - 1];
  return before !== undefined && before.value === null && before.status !== 'missing'
    ? NO_FORECAST.hiddenBreak(kind, before.period, length, minimum)
    : NO_FORECAST.tooShort(kind, length, minimum);
}

/** @module The forecast service: reads published series from the cube, forecasts each (indicator × area × period kind), finds signals, and stores them — incrementally, skipping series whose published values did not change. */
import { loadCatalogue } from '../catalogue/local-catalogue.ts';
import { valueKindOf } from '../domain/disclosure-control.ts';
import type { IndicatorDefinition } from '../domain/indicator-definition.ts';
import { parsePeriod, type PeriodKind } from '../domain/period.ts';
import type { ForecastStep } from '../outlook/forecast-types.ts';
import { forecastSeries, type ForecastOutcome } from '../outlook/method-choice.ts';
import { funnelSignals, seriesSignals, type FunnelUnit, type Signal } from '../outlook/signal-detection.ts';
import { seriesWindow, type PublishedPoint, type SeriesWindow } from '../outlook/series-window.ts';
import type { SqlParam, SqlStore } from '../store/sql-store.ts';
import { readIndicatorNowcast, type IndicatorNowcast } from './nowcast-service.ts';
import { withExpectedFinals, type LagNowcast } from '../outlook/nowcast-adjustment.ts';
import { seriesExpectedFinals } from '../outlook/area-nowcast.ts';
import { formatIndicatorValues, queryIndicatorValues, type IndicatorValueOut } from './indicator-query.ts';
import { yieldToEventLoop } from '../event-loop.ts';

/** The period kinds forecast by default (halves are left out: they add little beside quarters). */
export const OUTLOOK_PERIOD_KINDS = ['year', 'quarter', 'month'] as const satisfies readonly PeriodKind[];

/** Periods ahead by default: three years, eight quarters, twelve months. */
export const DEFAULT_HORIZON: Readonly<Record<PeriodKind, number>> = {
  year: 3,
  half: 4,
  quarter: 8,
  month: 12,
};

export interface SeriesOutlook {
  readonly indicator: string;
  readonly area: string;
  readonly kind: PeriodKind;
  readonly window: SeriesWindow;
  readonly outcome: ForecastOutcome;
  readonly signals: Signal[];
}

/** Published (disclosure-controlled, as a viewer sees them) totals of one indicator, optionally one area. */
export async function readPublishedValues(
  store: SqlStore,
  indicator: string,
  catalogue: readonly IndicatorDefinition[],
  area?: string,
): Promise<IndicatorValueOut[]> {
  const rows = await queryIndicatorValues(store, { indicator, breakdown: '', ...(area ? { area } : {}) });
  return formatIndicatorValues(rows, { role: 'viewer', insideApp: false, catalogue });
}

/** Groups published values by area and period kind, as points. */
export function groupSeries(values: readonly IndicatorValueOut[]): Map<string, PublishedPoint[]> {
  const groups = new Map<string, PublishedPoint[]>();
  for (const v of values) {
    const kind = parsePeriod(v.period)?.kind;
    if (kind === undefined) continue;
    const key = `${v.area}|${kind}`;
    let list = groups.get(key);
    if (list === undefined) groups.set(key, (list = []));
    list.push({ period: v.period, value: v.value, status: v.status, numerator: v.numerator });
  }
  return groups;
}

/**
 * The outlook of one series: the forecast `horizon` periods past the last complete one, and its signals — the XmR
 * rules over the shown history and the last complete value against the forecast made without it.
 */
export function outlookOfSeries(
  indicator: string,
  area: string,
  kind: PeriodKind,
  points: readonly PublishedPoint[],
  horizon: number,
): SeriesOutlook {
  const window = seriesWindow(points, kind, horizon);
  const outcome = forecastSeries(window.fitted, {
    kind,
    horizon: horizon + window.running,
    nonNegative: true,
  });
  const history = window.points.slice(0, window.points.length - window.running);
  const prior = new Map();
  const lastPeriod = history.at(-1)?.period;
  if (lastPeriod !== undefined && window.fitted.length > 1) {
    const before = forecastSeries(window.fitted.slice(0, -1), { kind, horizon: 1, nonNegative: true });
    if (before.ok && before.steps[0] !== undefined) prior.set(lastPeriod, before.steps[0]);
  }
  return { indicator, area, kind, window, outcome, signals: seriesSignals(area, history, prior) };
}

/**
 * The nowcast of one area's series (any period kind) of a claim-based indicator: the expected final figure of each
 * period with declarations still to come, and the periods withheld for want of one; undefined for an indicator whose
 * value does not depend on claims.
 */
export function seriesNowcast(
  points: readonly PublishedPoint[],
  nowcast: IndicatorNowcast | undefined,
): LagNowcast | undefined {
  return nowcast === undefined
    ? undefined
    : seriesExpectedFinals(points, nowcast.correction.figure, nowcast.factors);
}

/**
 * The points a series is fitted on: for a claim-based indicator, recent periods at their expected final figure (the
 * nowcast), periods with declarations to come but no estimate left out of the fit; others as published.
 */
export function pointsForFit(
  points: readonly PublishedPoint[],
  nowcast: LagNowcast | undefined,
): PublishedPoint[] {
  return nowcast !== undefined ? withExpectedFinals(points, nowcast) : [...points];
}

/** A series' fingerprint: its published points, so an unchanged series is not fitted again. */
const fingerprintOf = (points: readonly PublishedPoint[]): string =>
  JSON.stringify(
    [...points].sort((a, b) => a.period.localeCompare(b.period)).map((p) => [p.period, p.value, p.status]),
  );

/**
 * The funnel's inputs of one indicator and period kind: the latest complete period of the gemeente, its published
 * count and denominator, and every wijk's published count, denominator and value in that period. `finalOnly` (a
 * claim-based indicator): the latest final period, so provisional counts with declarations still to come are left out.
 */
export function funnelInputs(
  values: readonly IndicatorValueOut[],
  kind: PeriodKind,
  areas: ReadonlyMap<string, { name: string; level: string }>,
  finalOnly = false,
): { period: string; numerator: number; denominator: number; wijken: FunnelUnit[] } | undefined {
  const gemeenteRows = values.filter(
    (v) =>
      areas.get(v.area)?.level === 'gemeente' &&
      (finalOnly ? v.status === 'final' : v.status !== 'running') &&
      parsePeriod(v.period)?.kind === kind,
  );
  const latest = gemeenteRows
    .map((v) => v.period)
    .sort()
    .at(-1);
  const gemeente = gemeenteRows.find((v) => v.period === latest);
  if (
    latest === undefined ||
    gemeente === undefined ||
    gemeente.numerator === null ||
    gemeente.denominator === null
  )
    return undefined;
  const wijken = values
    .filter((v) => v.period === latest && areas.get(v.area)?.level === 'wijk')
    .map((v) => ({
      area: v.area,
      name: areas.get(v.area)?.name ?? v.area,
      observed: v.numerator,
      denominator: v.denominator,
      value: v.value,
    }));
  return { period: latest, numerator: gemeente.numerator, denominator: gemeente.denominator, wijken };
}

/** Funnel signals of the wijken in the latest complete period of a kind (rates only: they have a count and a base). */
function indicatorFunnelSignals(
  values: readonly IndicatorValueOut[],
  kind: PeriodKind,
  factor: number,
  areas: ReadonlyMap<string, { name: string; level: string }>,
  finalOnly: boolean,
): Signal[] {
  const input = funnelInputs(values, kind, areas, finalOnly);
  if (input === undefined) return [];
  return funnelSignals(
    input.period,
    { numerator: input.numerator, denominator: input.denominator, factor },
    input.wijken,
  );
}

/** The vintage of the forecasts kept after a compute; a report snapshot keeps its own under its id. */
export const REFRESH_VINTAGE = 'refresh';

/** A row of forecast_vintage (migration 12), in its column order. */
export function vintageRow(
  vintage: string,
  madeAt: string,
  indicator: string,
  area: string,
  kind: PeriodKind,
  origin: string,
  period: string,
  horizon: number,
  method: string,
  step: ForecastStep,
): SqlParam[] {
  return [
    vintage,
    madeAt,
    indicator,
    area,
    kind,
    origin,
    period,
    horizon,
    method,
    step.forecast,
    step.lower80,
    step.upper80,
    step.lower95,
    step.upper95,
  ];
}

export interface ForecastRefreshResult {
  readonly series: number;
  readonly refitted: number;
  readonly forecasts: number;
  readonly signals: number;
  readonly ms: number;
}

/**
 * Refreshes the stored outlook after a compute or an ingest: every indicator with values in the cube (standard,
 * local and imported) × area × period kind (year, quarter, month). Incremental: a series whose published values
 * are unchanged keeps its stored forecast and signals; the funnel signals of an indicator are redone when any of its
 * series changed.
 */
export async function refreshForecasts(store: SqlStore): Promise<ForecastRefreshResult> {
  const started = performance.now();
  const catalogue = await loadCatalogue(store);
  const definitions = new Map(catalogue.map((d) => [d.id, d]));
  const indicators = (
    await store.all<{ indicator: string }>(
      'SELECT DISTINCT indicator FROM indicator_value ORDER BY indicator',
    )
  ).map((r) => r.indicator);
  const areaRows = await store.all<{ code: string; name: string; level: string }>(
    'SELECT code, name, level FROM area',
  );
  const areas = new Map(areaRows.map((a) => [a.code, { name: a.name, level: a.level }]));
  const stored = new Map(
    (
      await store.all<{ key: string; fingerprint: string }>(
        "SELECT indicator || '|' || area || '|' || period_kind AS key, fingerprint FROM forecast_series",
      )
    ).map((r) => [r.key, r.fingerprint]),
  );
  const computedAt = new Date().toISOString();
  let series = 0;
  let refitted = 0;
  let forecasts = 0;
  let signals = 0;
  for (const indicator of indicators) {
    const values = await readPublishedValues(store, indicator, catalogue);
    const nowcast = await readIndicatorNowcast(store, definitions.get(indicator), catalogue);
    const changed: SeriesOutlook[] = [];
    const fingerprints = new Map<SeriesOutlook, string>();
    for (const [key, published] of groupSeries(values)) {
      const [area = '', kind] = key.split('|') as [string, PeriodKind];
      if (!(OUTLOOK_PERIOD_KINDS as readonly string[]).includes(kind)) continue;
      const points = pointsForFit(published, seriesNowcast(published, nowcast));
      series++;
      const fingerprint = fingerprintOf(points);
      if (stored.get(`${indicator}|${key}`) === fingerprint) continue;
      const outlook = outlookOfSeries(indicator, area, kind, points, DEFAULT_HORIZON[kind]);
      // A fit takes milliseconds; a server in this process (msd demo) answers between two of them.
      await yieldToEventLoop();
      changed.push(outlook);
      fingerprints.set(outlook, fingerprint);
    }
    if (changed.length === 0) continue;
    refitted += changed.length;
    const definition = definitions.get(indicator);
    const valueKind = definition ? valueKindOf(definition) : undefined;
    const funnel =
      valueKind?.kind === 'rate'
        ? OUTLOOK_PERIOD_KINDS.flatMap((kind) =>
            indicatorFunnelSignals(values, kind, valueKind.factor, areas, nowcast !== undefined).map((s) => ({
              ...s,
              kind,
            })),
          )
        : [];
    const keys = changed.map((o) => `${o.area}|${o.kind}`).join(',');
    const seriesRows: SqlParam[][] = [];
    const valueRows: SqlParam[][] = [];
    const signalRows: SqlParam[][] = [];
    const vintageRows: SqlParam[][] = [];
    for (const o of changed) {
      const ok = o.outcome.ok ? o.outcome : undefined;
      seriesRows.push([
        indicator,
        o.area,
        o.kind,
        ok?.method ?? null,
        ok?.score.mase ?? null,
        ok?.score.coverage80 ?? null,
        ok?.score.coverage95 ?? null,
        ok?.score.forecasts ?? null,
        o.outcome.ok ? null : o.outcome.reason,
        o.window.fitted.length,
        o.window.points.at(-1)?.period ?? null,
        fingerprints.get(o) ?? '',
        computedAt,
      ]);
      // The last period the fit used: each forecast is kept as a vintage made from it (the track record).
      const origin = o.window.points[o.window.points.length - o.window.running - 1]?.period;
      ok?.steps.forEach((step, i) => {
        const period = o.window.forecastPeriods[i];
        if (period === undefined) return;
        if (origin !== undefined)
          vintageRows.push(
            vintageRow(
              REFRESH_VINTAGE,
              computedAt,
              indicator,
              o.area,
              o.kind,
              origin,
              period,
              i + 1,
              ok.method,
              step,
            ),
          );
        valueRows.push([
          indicator,
          o.area,
          o.kind,
          period,
          step.forecast,
          step.lower80,
          step.upper80,
          step.lower95,
          step.upper95,
        ]);
      });
      for (const s of o.signals)
        signalRows.push([indicator, s.area, o.kind, s.period, s.rule, s.direction, s.value, s.sentence]);
    }
    for (const s of funnel)
      signalRows.push([indicator, s.area, s.kind, s.period, s.rule, s.direction, s.value, s.sentence]);
    forecasts += valueRows.length;
    signals += signalRows.length;
    await store.transaction(async () => {
      const inChanged = "indicator = ? AND list_contains(string_split(?, ','), area || '|' || period_kind)";
      await store.run(`DELETE FROM forecast_series WHERE ${inChanged}`, [indicator, keys]);
      await store.run(`DELETE FROM forecast_value WHERE ${inChanged}`, [indicator, keys]);
      await store.run(`DELETE FROM outlook_signal WHERE ${inChanged} AND rule <> 'funnel'`, [
        indicator,
        keys,
      ]);
      await store.run("DELETE FROM outlook_signal WHERE indicator = ? AND rule = 'funnel'", [indicator]);
      await store.append('forecast_series', seriesRows);
      await store.append('forecast_value', valueRows);
      await store.append('outlook_signal', signalRows);
      await store.append('forecast_vintage', vintageRows);
    });
  }
  return { series, refitted, forecasts, signals, ms: performance.now() - started };
}

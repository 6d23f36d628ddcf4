/** @module Gathers what a council report shows into a frozen snapshot: the goal tree with status (steeringStatus), published values per indicator, definitions, delivery dates and the wijk boundaries. */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { DOMAINS, type IndicatorDefinition } from '../domain/indicator-definition.ts';
import { isValueStatus, type ValueStatus } from '../domain/indicator-status.ts';
import { GOAL_DEFAULTS } from '../domain/goal-tree.ts';
import { parsePeriod, previousPeriod, type Period } from '../domain/period.ts';
import { indicatorDataUntil } from '../engine/compile/indicator-delivery.ts';
import {
  formatIndicatorValues,
  queryManyIndicatorValues,
  type IndicatorValueOut,
} from '../engine/indicator-query.ts';
import { readOutlook, type OutlookData } from '../engine/outlook-read-service.ts';
import { ReportError } from '../errors.ts';
import { socialReturnResult, type SocialReturnResult } from '../social-return/social-return-result.ts';
import { listSocialReturnDocuments, readSocialReturnDocument } from '../store/social-return-store.ts';
import { readDeliveryDates } from '../ingest/delivery-date.ts';
import { listTreeVersions } from '../store/goal-tree-tables.ts';
import type { SqlStore } from '../store/sql-store.ts';
import { requireTree } from '../steering/goal-tree-service.ts';
import { steeringStatus } from '../steering/steering-status.ts';
import { PRODUCT_VERSION } from '../version.ts';
import { loadReportForecasts } from './report-forecasts.ts';
import { t } from '../views/messages.ts';
import { breakdownKeyLabel, breakdownValueLabel, unitLabel } from '../views/table-labels.ts';
import {
  SNAPSHOT_FORMAT,
  type ReportCell,
  type ReportIndicator,
  type ReportMoment,
  type ReportSnapshot,
  type ReportTree,
} from './report-snapshot.ts';

export interface ReportRequest {
  readonly moment: ReportMoment;
  readonly period: string;
  /** An area code (gemeente, wijk or custom area); default the gemeente. */
  readonly area?: string;
  readonly catalogue: readonly IndicatorDefinition[];
  /** The generation moment (the report's date); passed in so that tests fix it. */
  readonly now: Date;
}

/** How many periods of the report's kind the trend charts and tables show (the report period and those before it). */
export const TREND_PERIODS = 8;

const statusOf = (status: string): ValueStatus => (isValueStatus(status) ? status : 'provisional');

const cellOf = (v: IndicatorValueOut): ReportCell => ({
  period: v.period,
  area: v.area,
  value: v.value,
  symbol: v.symbol === '' ? null : v.symbol,
  status: statusOf(v.status),
});

/** The report period and the TREND_PERIODS − 1 periods of the same kind before it, oldest first. */
function trendPeriods(period: Period): string[] {
  const periods = [period];
  while (periods.length < TREND_PERIODS) periods.unshift(previousPeriod(periods[0] as Period));
  return periods.map((p) => p.id);
}

async function loadAreas(store: SqlStore, requested: string | undefined) {
  const [meta] = await store.all<{ value: string }>("SELECT value FROM meta WHERE key = 'gemeente'");
  const gemeenteCode = meta?.value;
  if (!gemeenteCode) throw new ReportError(t('reportNoGemeente'));
  const areas = await store.all<{ code: string; name: string }>(
    "SELECT code, name FROM area WHERE code = ? OR (level = 'wijk' AND parent = ?) ORDER BY level = 'wijk', code",
    [gemeenteCode, gemeenteCode],
  );
  const gemeente = areas.find((a) => a.code === gemeenteCode) ?? { code: gemeenteCode, name: gemeenteCode };
  let area = gemeente;
  if (requested !== undefined && requested !== gemeenteCode) {
    const [found] = await store.all<{ code: string; name: string }>(
      'SELECT code, name FROM area WHERE upper(code) = upper(?) OR lower(name) = lower(?) ORDER BY code LIMIT 1',
      [requested, requested],
    );
    if (!found) throw new ReportError(t('reportUnknownArea', { area: requested }));
    area = found;
  }
  const shown = areas.some((a) => a.code === area.code) ? areas : [...areas, area];
  return { gemeente, area, areas: shown };
}

async function loadBoundaries(
  store: SqlStore,
  gemeente: string,
  areas: ReadonlyArray<{ code: string; name: string }>,
): Promise<FeatureCollection<Geometry | null>> {
  const rows = await store.all<{ code: string; geojson: string }>(
    `SELECT code, geojson FROM area_boundary WHERE code IN (${areas.map(() => '?').join(', ')}) ORDER BY code`,
    areas.map((a) => a.code),
  );
  const features: Feature<Geometry | null>[] = rows.map((r) => ({
    type: 'Feature',
    id: r.code,
    properties: {
      code: r.code,
      name: areas.find((a) => a.code === r.code)?.name ?? r.code,
      level: r.code === gemeente ? 'gemeente' : 'wijk',
    },
    geometry: JSON.parse(r.geojson) as Geometry,
  }));
  return { type: 'FeatureCollection', features };
}

async function loadTree(store: SqlStore, request: ReportRequest, area: string): Promise<ReportTree | null> {
  if ((await listTreeVersions(store)).length === 0) return null;
  const { version, tree } = await requireTree(store);
  const view = await steeringStatus(store, {
    period: request.period,
    area,
    version,
    catalogue: request.catalogue,
  });
  const targets: ReportTree['targets'] = Object.fromEntries(
    tree.indicators.map((node) => [
      node.id,
      {
        targets: node.targets ?? [],
        tolerancePercent: node.tolerancePercent ?? GOAL_DEFAULTS.tolerancePercent,
      },
    ]),
  );
  return { version, title: view.title, rollupRule: view.rollup.rule, root: view.root, targets };
}

/** The ids the report shows: the tree's indicators and every catalogue indicator of the domain chapters. */
function reportIndicatorIds(tree: ReportTree | null, catalogue: readonly IndicatorDefinition[]): string[] {
  const ids = new Set<string>();
  const walk = (node: ReportTree['root']): void => {
    if (node.indicator) ids.add(node.indicator);
    node.children.forEach(walk);
  };
  if (tree) walk(tree.root);
  for (const d of catalogue) if ((DOMAINS as readonly string[]).includes(d.domain)) ids.add(d.id);
  return [...ids].sort();
}

/** Builds the snapshot: everything the report shows, as published (disclosure-controlled) values. */
export async function assembleReport(store: SqlStore, request: ReportRequest): Promise<ReportSnapshot> {
  const period = parsePeriod(request.period);
  if (!period) throw new ReportError(t('reportBadPeriod', { period: request.period }));
  const { gemeente, area, areas } = await loadAreas(store, request.area);
  const areaCodes = new Set(areas.map((a) => a.code));
  const [overall] = await store.all<{ value: string }>("SELECT value FROM meta WHERE key = 'delivery_date'");
  const deliveryDate = overall?.value ?? null;
  const deliveryDates = await readDeliveryDates(store);
  const tree = await loadTree(store, request, area.code);
  const byId = new Map(request.catalogue.map((d) => [d.id, d]));
  const format = (rows: Awaited<ReturnType<typeof queryManyIndicatorValues>>) =>
    formatIndicatorValues(rows, { role: 'viewer', insideApp: false, catalogue: request.catalogue });

  const trend = trendPeriods(period);
  const ids = reportIndicatorIds(tree, request.catalogue);
  // Two statements for all indicators: the totals of the trend, and every breakdown of the report period and area.
  const allTotals = await queryManyIndicatorValues(store, ids, { periods: trend, breakdown: '' });
  const allSplits = await queryManyIndicatorValues(store, ids, { period: period.id, area: area.code });
  const indicators: ReportIndicator[] = [];
  for (const id of ids) {
    const totals = allTotals.filter(
      (r) => r.indicator === id && areaCodes.has(r.area) && r.breakdownKey === '',
    );
    // Only the periods that hold values (a series starting later shows fewer bars); none in the report period: left out.
    const periods = trend.filter((p) => totals.some((r) => r.period === p));
    if (!periods.includes(period.id)) continue;
    const cells = format(totals).map(cellOf);
    const split = format(allSplits.filter((r) => r.indicator === id && r.breakdownKey !== ''));
    const keys = [...new Set(split.map((v) => v.breakdown?.key ?? ''))];
    const definition = byId.get(id);
    indicators.push({
      id,
      name: definition?.nameNl ?? id,
      definition: definition?.definitionNl ?? '',
      domain: definition?.domain ?? 'imported',
      unit: unitLabel(definition?.unit ?? ''),
      source: definition?.source ?? '',
      dataUntil: indicatorDataUntil(id, deliveryDates, deliveryDate ?? undefined, request.catalogue) ?? null,
      periods,
      cells,
      breakdowns: keys.map((key) => ({
        key,
        label: breakdownKeyLabel(key),
        rows: split
          .filter((v) => v.breakdown?.key === key)
          .map((v) => ({
            label: breakdownValueLabel(key, v.breakdown?.value ?? ''),
            value: v.value,
            symbol: v.symbol === '' ? null : v.symbol,
            status: statusOf(v.status),
          })),
      })),
    });
  }
  if (indicators.length === 0) throw new ReportError(t('reportNoFigures', { period: period.id }));
  const forecasts = await loadReportForecasts(store, period, area.code, tree, indicators);

  return {
    format: SNAPSHOT_FORMAT,
    productVersion: PRODUCT_VERSION,
    moment: request.moment,
    period: period.id,
    generatedAt: request.now.toISOString(),
    gemeente,
    area,
    areas,
    boundaries: await loadBoundaries(store, gemeente.code, areas),
    deliveryDate,
    deliveryDates,
    tree,
    indicators,
    socialReturn: await loadSocialReturn(store),
    // Through JSON once, like the outlook below; absent when no card has bands (halves, earlier periods).
    ...(forecasts ? { forecasts: JSON.parse(JSON.stringify(forecasts)) as typeof forecasts } : {}),
    // The outlook as /prognose shows it by default, with the year-end projection of the report's own year (a
    // najaarsnota 2025 projects 2025, not the year it is printed in), through JSON once like the rest.
    outlook: JSON.parse(JSON.stringify(await readOutlook(store, { year: period.year }))) as OutlookData,
  };
}

/** The results of the stored case analyses and programmes (price lists are inputs, not results), sorted by name. */
async function loadSocialReturn(store: SqlStore): Promise<SocialReturnResult[]> {
  const results: SocialReturnResult[] = [];
  for (const row of await listSocialReturnDocuments(store)) {
    const doc = await readSocialReturnDocument(store, row.name);
    if (doc && doc.kind !== 'prijslijst') results.push(socialReturnResult(doc));
  }
  // Through JSON once, so the snapshot holds exactly what its stored text will give back.
  return JSON.parse(
    JSON.stringify(results.sort((a, b) => a.name.localeCompare(b.name))),
  ) as SocialReturnResult[];
}

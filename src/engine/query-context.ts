/** @module Store-backed side of query resolution: reads what a query is checked against (catalogue, areas, whether the indicator has values) and, for an empty answer, the data's range. */
import { loadCatalogue } from '../catalogue/local-catalogue.ts';
import { cbsAreaLevel } from '../domain/area-code.ts';
import {
  resolveQuery,
  type AreaRef,
  type DataRange,
  type QueryContext,
  type QueryRequest,
  type QueryResolution,
} from '../domain/query-resolution.ts';
import type { SqlStore } from '../store/sql-store.ts';

/**
 * The catalogue (standard and local), the deployment's areas and whether the cube holds values of `indicator`.
 * Areas the cube holds values for without an area row (a CBS table imported with `--all-areas`) count as areas too,
 * named by their code.
 */
export async function loadQueryContext(store: SqlStore, indicator: string): Promise<QueryContext> {
  const catalogue = await loadCatalogue(store);
  const known = await store.all<{ code: string; name: string; level: string }>(
    'SELECT code, name, level FROM area ORDER BY code',
  );
  const valueAreas = await store.all<{ area: string }>(
    'SELECT DISTINCT area FROM indicator_value WHERE indicator = ? AND area NOT IN (SELECT code FROM area) ORDER BY area',
    [indicator],
  );
  const [has] = await store.all<{ n: number }>(
    'SELECT count(*) AS n FROM (SELECT 1 FROM indicator_value WHERE indicator = ? LIMIT 1)',
    [indicator],
  );
  const areas: AreaRef[] = [
    ...known,
    ...valueAreas.map(({ area }) => ({ code: area, name: area, level: cbsAreaLevel(area) ?? 'custom' })),
  ];
  return { catalogue, areas, indicatorHasValues: (has?.n ?? 0) > 0 };
}

/** Loads the context and resolves the query against it: the one call an edge (CLI, JSON API) makes before reading values. */
export async function resolveIndicatorQuery(
  store: SqlStore,
  request: QueryRequest,
): Promise<{ resolution: QueryResolution; context: QueryContext }> {
  const context = await loadQueryContext(store, request.indicator);
  return { resolution: resolveQuery(request, context), context };
}

/** The periods holding values of the indicator and the data's delivery date: what an empty answer is explained with. */
export async function loadDataRange(store: SqlStore, indicator: string): Promise<DataRange> {
  const periods = await store.all<{ period: string }>(
    'SELECT DISTINCT period FROM indicator_value WHERE indicator = ? ORDER BY period',
    [indicator],
  );
  const [meta] = await store.all<{ value: string }>("SELECT value FROM meta WHERE key = 'delivery_date'");
  return { periods: periods.map((p) => p.period), deliveryDate: meta?.value ?? null };
}

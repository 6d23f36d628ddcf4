/** @module Store-backed side of query resolution: reads what a query is checked against (catalogue, areas, whether the indicator has values) and, for an empty answer, the data's range. */
import { loadCatalogue } from '../catalogue/local-catalogue.ts';
import { cbsAreaLevel } from '../domain/area-code.ts';
import type { QueryError } from '../errors.ts';
import {
  emptyAnswerNote,
  resolveQuery,
  type AreaRef,
  type DataRange,
  type QueryContext,
  type QueryRequest,
  type QueryResolution,
  type ResolvedQuery,
} from '../domain/query-resolution.ts';
import { frozenPeriodsOf } from './frozen-periods.ts';
import type { SqlStore } from '../store/sql-store.ts';
import { formatIndicatorValues, queryIndicatorValues, type IndicatorValueOut } from './indicator-query.ts';

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

/** The periods holding values of the indicator (of any, without one) and the data's delivery date: what an empty answer is explained with. */
export async function loadDataRange(store: SqlStore, indicator?: string): Promise<DataRange> {
  const periods = await store.all<{ period: string }>(
    indicator === undefined
      ? 'SELECT DISTINCT period FROM indicator_value ORDER BY period'
      : 'SELECT DISTINCT period FROM indicator_value WHERE indicator = ? ORDER BY period',
    indicator === undefined ? [] : [indicator],
  );
  const [meta] = await store.all<{ value: string }>("SELECT value FROM meta WHERE key = 'delivery_date'");
  // The periods a purge froze for the indicator: an empty answer about them says the records are gone.
  const frozen = indicator === undefined ? null : await frozenPeriodsOf(store, indicator);
  return {
    periods: periods.map((p) => p.period),
    deliveryDate: meta?.value ?? null,
    ...(frozen === null ? {} : { frozen }),
  };
}

/** How values are read for an answer: published (default) or exact, and from which source (see indicator-query.ts). */
export interface AnswerOptions {
  readonly exact?: boolean;
  /** 'computed', 'imported' or a source name; default: computed values, imported ones for periods not computed. */
  readonly source?: string | undefined;
}

/** An answered query: the values (published unless exact) and, when there are none, the Dutch sentence saying why. */
export type IndicatorAnswer =
  | { readonly ok: false; readonly error: QueryError }
  | {
      readonly ok: true;
      readonly query: ResolvedQuery;
      readonly context: QueryContext;
      readonly values: IndicatorValueOut[];
      /** Set when `values` is empty: never an empty answer without a word of why. */
      readonly note?: string;
    };

/**
 * Resolves a query and reads its values: the one code path behind `msd indicators show` and
 * `GET /api/v1/indicators/<id>`, so both give the same rows for the same filters.
 */
export async function answerIndicatorQuery(
  store: SqlStore,
  request: QueryRequest,
  options: AnswerOptions = {},
): Promise<IndicatorAnswer> {
  const { resolution, context } = await resolveIndicatorQuery(store, request);
  if (!resolution.ok) return resolution;
  const query = resolution.query;
  const rows = await queryIndicatorValues(store, {
    indicator: query.indicator,
    ...(query.period ? { period: query.period.id } : {}),
    ...(query.area ? { area: query.area.code } : {}),
    breakdown: query.breakdown ?? '',
    ...(options.source !== undefined ? { source: options.source } : {}),
  });
  if (rows.length === 0) {
    const note = emptyAnswerNote(query, await loadDataRange(store, query.indicator), options.source);
    return { ok: true, query, context, values: [], note };
  }
  const values = formatIndicatorValues(rows, {
    role: options.exact ? 'analyst' : 'viewer',
    insideApp: options.exact === true,
    catalogue: context.catalogue,
  });
  return { ok: true, query, context, values };
}

/** One value in the JSON contract (`msd indicators show --format json`, the API): English codes, no display symbol. */
export type IndicatorValueJson = Omit<IndicatorValueOut, 'symbol'>;

export const valueJson = ({ symbol: _symbol, ...value }: IndicatorValueOut): IndicatorValueJson => value;

/**
 * @module The JSON API under `/api/v1/`: the catalogue, published values per period, area and breakdown (the code path
 * of `msd indicators show`), the goal tree with statuses (that of `msd goals show`), areas, periods, and the OpenAPI
 * description generated from the same schemas. Handlers are thin; every answer carries an ETag of the data version,
 * a matching If-None-Match gets 304, and answers are kept per address while that version holds (answer-cache.ts). All routes live in this one file, so access control wraps them in one place.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { indicatorOrigin } from '../../catalogue/indicator-origin.ts';
import { loadCatalogue } from '../../catalogue/local-catalogue.ts';
import type { IndicatorDefinition } from '../../domain/indicator-definition.ts';
import { isLaw } from '../../domain/laws.ts';
import { parsePeriod, type Period } from '../../domain/period.ts';
import { EMPTY_ANSWER } from '../../domain/query-reasons.ts';
import { resolveQuery } from '../../domain/query-resolution.ts';
import {
  answerIndicatorQuery,
  loadDataRange,
  loadQueryContext,
  valueJson,
} from '../../engine/query-context.ts';
import { HttpError, isGoalTreeError } from '../../errors.ts';
import { listAreas } from '../../ingest/aggregates/custom-areas.ts';
import { deploymentGemeente } from '../../ingest/load-reference-areas.ts';
import { answerSteeringQuery, steeringJson } from '../../steering/steering-query.ts';
import type { SqlStore } from '../../store/sql-store.ts';
import { t } from '../../views/messages.ts';
import { parseQuery, queryHttpError, steeringHttpError } from '../api/api-errors.ts';
import { AnswerCache } from '../api/answer-cache.ts';
import { apiEtag, etagMatches } from '../api/api-etag.ts';
import {
  areasSchema,
  goalsQuerySchema,
  goalsSchema,
  indicatorIdParamsSchema,
  indicatorListSchema,
  indicatorQuerySchema,
  indicatorValuesSchema,
  noQuerySchema,
  openApiSchema,
  periodsQuerySchema,
  periodsSchema,
} from '../api/api-schemas.ts';
import { openApiDocument, type ApiRouteSpec } from '../api/openapi-document.ts';

export interface ApiDeps {
  readonly store: SqlStore;
  /** The product version: part of every ETag and of the description. */
  readonly version: string;
}

/** A route: its description and its handler, typed by the route's own schemas. */
export interface ApiRoute<Q extends z.ZodObject, R extends z.ZodType> extends ApiRouteSpec {
  readonly query: Q;
  readonly response: { readonly name: string; readonly schema: R };
  handle(input: { query: z.output<Q>; params: Record<string, string> }): Promise<z.input<R>>;
}

const route = <Q extends z.ZodObject, R extends z.ZodType>(r: ApiRoute<Q, R>): ApiRoute<Q, R> => r;

/** The catalogue entry of one definition, as `/api/v1/indicators` lists it. */
function indicatorSummary(d: IndicatorDefinition): z.input<typeof indicatorListSchema>['indicators'][number] {
  return {
    id: d.id,
    name: d.nameNl,
    definition: d.definitionNl,
    domain: d.domain,
    law: isLaw(d.domain) ? d.domain : null,
    kind: indicatorOrigin(d),
    unit: d.unit,
    direction: d.direction,
    periodKinds: [...d.periodKinds],
    breakdowns: [...d.breakdowns],
    areaLevels: [...d.areaLevels],
    source: d.source,
  };
}

/** The routes in the order the description lists them (the description's own route is added in `apiRoutes`). */
function dataRoutes(store: SqlStore) {
  return [
    route({
      path: '/api/v1/indicators',
      operationId: 'listIndicators',
      summary: 'The indicator catalogue (standard, local and imported definitions).',
      description: 'The same list as `msd indicators list`, with definition, law, origin and period kinds.',
      query: noQuerySchema,
      response: { name: 'IndicatorList', schema: indicatorListSchema },
      errors: [400],
      async handle() {
        return { indicators: (await loadCatalogue(store)).map(indicatorSummary) };
      },
    }),
    route({
      path: '/api/v1/indicators/:id',
      operationId: 'showIndicator',
      summary: 'Published values of one indicator.',
      description:
        'Rows in the shape of `msd indicators show --format json` for the same filters (disclosure control applied). An empty answer carries a note saying why.',
      params: indicatorIdParamsSchema,
      query: indicatorQuerySchema,
      response: { name: 'IndicatorValues', schema: indicatorValuesSchema },
      errors: [400, 404],
      async handle({ query, params }) {
        const indicator = params['id'] ?? '';
        const answer = await answerIndicatorQuery(store, { indicator, ...query });
        if (!answer.ok) throw queryHttpError(answer.error);
        const { period, area, breakdown } = answer.query;
        return {
          indicator,
          period: period?.id ?? null,
          area: area ? { code: area.code, name: area.name, level: area.level } : null,
          breakdown: breakdown ?? null,
          rows: answer.values.map(valueJson),
          ...(answer.note !== undefined ? { note: answer.note } : {}),
        };
      },
    }),
    route({
      path: '/api/v1/goals',
      operationId: 'showGoals',
      summary: 'The goal tree with a status per node.',
      description:
        'The shape of `msd goals show --format json`: statuses, reasons, published values, targets, sentences and narratives.',
      query: goalsQuerySchema,
      response: { name: 'GoalTree', schema: goalsSchema },
      errors: [400, 404],
      async handle({ query }) {
        const gemeente = async () => {
          const code = await deploymentGemeente(store);
          if (code === undefined) throw new HttpError(404, t('apiNoGemeente'), 'no_figures');
          return code;
        };
        try {
          return steeringJson(await answerSteeringQuery(store, query, gemeente)) as z.input<
            typeof goalsSchema
          >;
        } catch (error) {
          throw isGoalTreeError(error) ? steeringHttpError(error) : error;
        }
      },
    }),
    route({
      path: '/api/v1/areas',
      operationId: 'listAreas',
      summary: 'The areas: gemeente, wijken, buurten and custom areas.',
      description: 'The list of `msd areas list --format json`; codes are what `area=` takes.',
      query: noQuerySchema,
      response: { name: 'AreaList', schema: areasSchema },
      errors: [400],
      async handle() {
        const areas = await listAreas(store);
        return { areas, ...(areas.length === 0 ? { note: t('noAreas') } : {}) };
      },
    }),
    route({
      path: '/api/v1/periods',
      operationId: 'listPeriods',
      summary: 'The periods holding values, and the delivery date.',
      description: 'Every period with values in the cube (or of one indicator), oldest first.',
      query: periodsQuerySchema,
      response: { name: 'PeriodList', schema: periodsSchema },
      errors: [400, 404],
      async handle({ query }) {
        if (query.indicator !== undefined) {
          const resolution = resolveQuery(
            { indicator: query.indicator },
            await loadQueryContext(store, query.indicator),
          );
          if (!resolution.ok) throw queryHttpError(resolution.error);
        }
        const range = await loadDataRange(store, query.indicator);
        const periods = range.periods.map(parsePeriod).filter((p): p is Period => p !== undefined);
        const note =
          periods.length === 0
            ? query.indicator !== undefined
              ? EMPTY_ANSWER.noValuesYet(query.indicator)
              : t('noData')
            : undefined;
        return {
          deliveryDate: range.deliveryDate,
          periods: periods.map((p) => ({ id: p.id, kind: p.kind, start: p.start, end: p.end })),
          ...(note !== undefined ? { note } : {}),
        };
      },
    }),
  ];
}

/** Every route of the API, the description's own last. */
export function apiRoutes(deps: ApiDeps): ApiRoute<z.ZodObject, z.ZodType>[] {
  const routes: ApiRoute<z.ZodObject, z.ZodType>[] = dataRoutes(deps.store);
  let document: object | undefined;
  const describe = route({
    path: '/api/v1/openapi.json',
    operationId: 'openApi',
    summary: 'This description (OpenAPI 3.1).',
    description: 'Generated from the zod schemas the routes validate with.',
    query: noQuerySchema,
    response: { name: 'OpenApiDocument', schema: openApiSchema },
    errors: [400],
    async handle() {
      document ??= openApiDocument(all, deps.version);
      return document as z.input<typeof openApiSchema>;
    },
  });
  const all: ApiRoute<z.ZodObject, z.ZodType>[] = [...routes, describe];
  return all;
}

/** Registers the API's routes on `app`, with the ETag check and header scoped to them. */
export function registerApiRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const etags = new WeakMap<FastifyRequest, string>();
  const cache = new AnswerCache();
  void app.register(async (api) => {
    api.addHook('preHandler', async (request, reply) => {
      const etag = await apiEtag(deps.store, deps.version);
      if (etagMatches(request.headers['if-none-match'], etag)) {
        return reply.code(304).header('etag', etag).header('cache-control', 'no-cache').send();
      }
      etags.set(request, etag);
      const kept = cache.get(etag, request.url);
      if (kept !== undefined) return reply.type('application/json; charset=utf-8').send(kept);
      return undefined;
    });
    api.addHook('onSend', async (request, reply) => {
      const etag = etags.get(request);
      if (etag !== undefined && reply.statusCode === 200)
        reply.header('etag', etag).header('cache-control', 'no-cache');
    });
    for (const r of apiRoutes(deps)) {
      const allowed = Object.keys(r.query.shape);
      api.get<{ Params: Record<string, string> }>(
        r.path,
        { config: { access: 'viewer' } },
        async (request, reply) => {
          const query = parseQuery(r.query, request.query, allowed);
          const body = JSON.stringify(await r.handle({ query, params: request.params }));
          const etag = etags.get(request);
          if (etag !== undefined) cache.set(etag, request.url, body);
          return reply.type('application/json; charset=utf-8').send(body);
        },
      );
    }
  });
}

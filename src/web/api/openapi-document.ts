/**
 * @module The OpenAPI 3.1 description of `/api/v1/`, generated from the routes' own zod schemas (`z.toJSONSchema`):
 * parameters from the query schemas a route validates with, answers from the schemas the tests check real answers
 * against. Nothing is written twice by hand.
 */
import { z } from 'zod';
import { errorSchema, goalNodeSchema, indicatorSummarySchema, indicatorValueSchema } from './api-schemas.ts';

/** What the description needs of one route; api-routes.ts pairs each with its handler. */
export interface ApiRouteSpec {
  /** Fastify syntax: `/api/v1/indicators/:id`. */
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  readonly description: string;
  readonly params?: z.ZodObject;
  readonly query: z.ZodObject;
  /** The 200 answer: a component name and its schema. */
  readonly response: { readonly name: string; readonly schema: z.ZodType };
  /** Error statuses this route answers besides 500 (all with the Error schema). */
  readonly errors: readonly number[];
}

/** Schemas used by several answers get their own component, referenced where used. */
const SHARED_COMPONENTS = {
  IndicatorSummary: indicatorSummarySchema,
  IndicatorValue: indicatorValueSchema,
  GoalNode: goalNodeSchema,
  Error: errorSchema,
} as const;

const ERROR_TEXT: Record<number, string> = {
  304: 'Not modified: the If-None-Match ETag is still current.',
  400: 'A bad parameter (unknown name, repeated, bad period, unknown area or breakdown); the message says which.',
  404: 'Unknown indicator, or no figures or goal tree yet.',
  500: 'A fault of the server; the answer carries a reference that is also in the server log.',
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** The JSON schema of a component without the keywords that only make sense for a standalone document. */
function component(schema: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema' && key !== '$id'));
}

/** Query and path parameters of a route, one per property of its zod object. */
function parameters(spec: ApiRouteSpec): object[] {
  const list: object[] = [];
  const add = (schema: z.ZodObject | undefined, where: 'path' | 'query') => {
    if (!schema) return;
    const json = z.toJSONSchema(schema) as {
      properties?: Record<string, { description?: string }>;
      required?: string[];
    };
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      const { description, ...rest } = property;
      list.push({
        name,
        in: where,
        required: where === 'path' || (json.required ?? []).includes(name),
        ...(description ? { description } : {}),
        schema: rest,
      });
    }
  };
  add(spec.params, 'path');
  add(spec.query, 'query');
  return list;
}

/** The whole document for `routes`, as served at `/api/v1/openapi.json`. */
export function openApiDocument(routes: readonly ApiRouteSpec[], version: string): object {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(SHARED_COMPONENTS)) registry.add(schema, { id });
  for (const route of routes) registry.add(route.response.schema, { id: route.response.name });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}` }) as {
    schemas: Record<string, Record<string, unknown>>;
  };
  const paths: Record<string, object> = {};
  for (const route of routes) {
    const responses: Record<string, object> = {
      200: {
        description: 'OK. Carries an ETag of the data version; send it back as If-None-Match for a 304.',
        headers: { ETag: { schema: { type: 'string' } } },
        content: { 'application/json': { schema: ref(route.response.name) } },
      },
      304: { description: ERROR_TEXT[304] },
    };
    for (const status of [...route.errors, 500]) {
      responses[String(status)] = {
        description: ERROR_TEXT[status] ?? 'Error.',
        content: { 'application/json': { schema: ref('Error') } },
      };
    }
    paths[route.path.replace(/:(\w+)/g, '{$1}')] = {
      get: {
        operationId: route.operationId,
        summary: route.summary,
        description: route.description,
        parameters: parameters(route),
        responses,
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Monitor Sociaal Domein API',
      version,
      description:
        'Published figures (disclosure control applied) of the social domain monitor: the indicator catalogue, values per period, area and breakdown, and the goal tree with statuses. Errors are JSON with a stable English code and a Dutch message.',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [{ url: '/' }],
    paths,
    components: { schemas: Object.fromEntries(Object.entries(schemas).map(([id, s]) => [id, component(s)])) },
  };
}

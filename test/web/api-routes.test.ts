/**
 * @module The JSON API under /api/v1/ on the query fixture (test/fixtures/csv, local indicators, GGD figures, the
 * Voorschoten goal tree): rows equal `msd indicators show --format json` for the same filters, goals equal
 * `msd goals show --format json`, refusals are JSON with a code and the Dutch reason, and answers carry an ETag that
 * changes with the data and gives 304.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import { createWebServer } from '../../src/web/server.ts';
import { queryFixture } from '../helpers/query-fixture.ts';
import { msd } from '../helpers/run-cli.ts';

let data: string;
let app: App | undefined;
let web: FastifyInstance | undefined;
/** A viewer's personal API token (`msd tokens create`): the API answers 401 without one (deny by default). */
let bearer = '';

async function open(): Promise<FastifyInstance> {
  app = await createApp({ dataDir: data, readOnly: true });
  web = createWebServer({ store: app.store, version: 'test' });
  return web;
}

async function close(): Promise<void> {
  await web?.close();
  app?.close();
  web = undefined;
  app = undefined;
}

/** The CLI's JSON for the same question (run while no server holds the folder). */
async function cliJson(...args: string[]): Promise<unknown> {
  const result = await msd(...args, '--data', data, '--format', 'json');
  expect(result.code, result.err).toBe(0);
  return JSON.parse(result.out);
}

const FILTERS: ReadonlyArray<Record<string, string>> = [
  {},
  { period: '2019' },
  { period: '2019', area: 'WK063706' },
  { area: 'GM0637', breakdown: 'careType' },
  { period: '2019-H1', breakdown: 'gender' },
];

let cliRows: unknown[];
let cliGoals: { wijk: unknown; gemeente: unknown };
let cliCatalogue: Array<{ id: string; name: string; unit: string; periods: string; breakdowns: string }>;

beforeAll(async () => {
  ({ data } = await queryFixture('msd-api-'));
  expect((await msd('goals', 'init', '--data', data, '--template', 'voorschoten')).code).toBe(0);
  expect(
    (await msd('users', 'add', '--data', data, '--username', 'api-lezer', '--role', 'viewer')).code,
  ).toBe(0);
  const token = await msd('tokens', 'create', '--data', data, '--username', 'api-lezer');
  expect(token.code).toBe(0);
  bearer = `Bearer ${/: (\S+)\s*$/.exec(token.out)?.[1] ?? ''}`;
  cliRows = [];
  for (const filter of FILTERS) {
    const args = Object.entries(filter).flatMap(([k, v]) => [`--${k}`, v]);
    cliRows.push(await cliJson('indicators', 'show', 'youth.clients', ...args));
  }
  cliGoals = {
    gemeente: await cliJson('goals', 'show', '--period', '2019'),
    wijk: await cliJson('goals', 'show', '--period', '2019', '--area', 'WK063706'),
  };
  cliCatalogue = (await cliJson('indicators', 'list')) as typeof cliCatalogue;
  await open();
}, 120_000);

afterAll(close);

const get = async (url: string, headers: Record<string, string> = {}) => {
  const response = await web!.inject({ url, headers: { authorization: bearer, ...headers } });
  return { status: response.statusCode, headers: response.headers, body: response.body };
};
const getJson = async (url: string) => {
  const response = await get(url);
  return { ...response, json: JSON.parse(response.body) as Record<string, unknown> };
};

describe('GET /api/v1/indicators/<id>', () => {
  it('answers the rows of msd indicators show --format json for the same filters', async () => {
    for (const [i, filter] of FILTERS.entries()) {
      const query = new URLSearchParams(filter).toString();
      const { status, json } = await getJson(`/api/v1/indicators/youth.clients${query ? `?${query}` : ''}`);
      expect(status).toBe(200);
      expect(json['rows']).toEqual(cliRows[i]);
      expect((json['rows'] as unknown[]).length).toBeGreaterThan(0);
    }
  });

  it('names the resolved query: an area given by name comes back with its code', async () => {
    const { json } = await getJson('/api/v1/indicators/youth.clients?period=2019&area=oosterheem');
    expect(json['period']).toBe('2019');
    expect(json['area']).toEqual({ code: 'WK063706', name: 'Oosterheem', level: 'wijk' });
    expect(json['rows']).toEqual(cliRows[2]);
  });

  it('publishes only: small counts are hidden (value null) as for viewers', async () => {
    const { json } = await getJson('/api/v1/indicators/local.loneliness.pct?period=2020');
    const rows = json['rows'] as Array<{ area: string; value: number | null }>;
    expect(rows.find((r) => r.area === 'WK063709')?.value).toBeNull();
    expect(rows.find((r) => r.area === 'GM0637')?.value).toBe(47.5);
  });

  it('an empty answer says why', async () => {
    const { status, json } = await getJson('/api/v1/indicators/youth.clients?period=2030');
    expect(status).toBe(200);
    expect(json['rows']).toEqual([]);
    expect(json['note']).toBe('geen gegevens voor 2030; de gegevens lopen van 2017-01 tot 2019-12-31');
  });

  it('refuses an unknown indicator with 404 and bad filters with 400, each with the Dutch reason', async () => {
    const cases: Array<[string, number, string, string]> = [
      [
        '/api/v1/indicators/youth.bestaatniet',
        404,
        'unknown_indicator',
        'onbekende indicator "youth.bestaatniet"',
      ],
      [
        '/api/v1/indicators/youth.clients?period=2019-Q5',
        400,
        'invalid_period',
        'ongeldige periode "2019-Q5" (gebruik 2019, 2019-H1, 2019-Q3 of 2019-07)',
      ],
      [
        '/api/v1/indicators/youth.clients.pct?period=2019-Q3',
        400,
        'unsupported_period_kind',
        'youth.clients.pct kent geen kwartalen; wel: jaar, halfjaar',
      ],
      [
        '/api/v1/indicators/youth.clients?area=GM9999',
        400,
        'unknown_area',
        'onbekend gebied "GM9999"; bekijk de gebieden (codes en namen) met msd areas list',
      ],
      [
        '/api/v1/indicators/youth.clients?breakdown=provider',
        400,
        'unknown_breakdown',
        'youth.clients kent geen uitsplitsing "provider"; kies uit: careType, ageGroup, gender',
      ],
      [
        '/api/v1/indicators/youth.clients?jaar=2019',
        400,
        'bad_parameters',
        'Onbekende parameter "jaar"; toegestaan: period, area, breakdown.',
      ],
      [
        '/api/v1/indicators/youth.clients?period=2018&period=2019',
        400,
        'bad_parameters',
        'Parameter "period" moet precies één keer voorkomen, als tekst.',
      ],
      ['/api/v1/indicators?x=1', 400, 'bad_parameters', 'Dit adres kent geen parameters (gekregen: "x").'],
    ];
    for (const [url, status, code, message] of cases) {
      const answer = await getJson(url);
      expect(answer.status, url).toBe(status);
      const error = answer.json['error'] as { code: string; message: string };
      expect(error.code, url).toBe(code);
      expect(error.message.startsWith(message), `${url}: ${error.message}`).toBe(true);
      expect(answer.headers['etag']).toBeUndefined();
      expect(answer.headers['cache-control']).toBe('no-store');
    }
  });
});

describe('GET /api/v1/indicators', () => {
  it('lists the catalogue of msd indicators list with law, origin and period kinds', async () => {
    const { json } = await getJson('/api/v1/indicators');
    const list = json['indicators'] as Array<Record<string, unknown>>;
    expect(list.map((d) => d['id'])).toEqual(cliCatalogue.map((d) => d.id));
    expect(list.map((d) => d['name'])).toEqual(cliCatalogue.map((d) => d.name));
    const clients = list.find((d) => d['id'] === 'youth.clients')!;
    expect(clients).toMatchObject({
      domain: 'youth',
      law: 'youth',
      kind: 'computed',
      unit: 'persons',
      breakdowns: ['careType', 'ageGroup', 'gender'],
    });
    expect((clients['periodKinds'] as string[]).join(',')).toBe(
      cliCatalogue.find((d) => d.id === 'youth.clients')!.periods,
    );
    expect(list.find((d) => d['id'] === 'local.loneliness.pct')).toMatchObject({
      kind: 'imported',
      law: 'support',
    });
    expect(list.filter((d) => d['domain'] === 'integral').every((d) => d['law'] === null)).toBe(true);
  });
});

describe('GET /api/v1/goals', () => {
  it('answers the tree of msd goals show --format json, for the gemeente and a wijk', async () => {
    expect((await getJson('/api/v1/goals?period=2019')).json).toEqual(cliGoals.gemeente);
    expect((await getJson('/api/v1/goals?period=2019&area=WK063706')).json).toEqual(cliGoals.wijk);
    const tree = (await getJson('/api/v1/goals?period=2019')).json['tree'] as {
      status: string;
      kind: string;
    };
    expect(tree.kind).toBe('vision');
  });

  it('refuses a bad period and an unknown area with 400 and the Dutch reason', async () => {
    const bad = await getJson('/api/v1/goals?period=2019-Q5');
    expect(bad.status).toBe(400);
    expect(bad.json['error']).toEqual({
      code: 'invalid_period',
      message: '"2019-Q5" is geen periode (gebruik 2019, 2019-H1, 2019-Q3 of 2019-07)',
    });
    const area = await getJson('/api/v1/goals?area=WK999999');
    expect(area.status).toBe(400);
    expect(area.json['error']).toEqual({
      code: 'unknown_area',
      message: 'gebied WK999999 bestaat niet in deze monitor (zie msd areas list)',
    });
  });
});

describe('GET /api/v1/areas and /api/v1/periods', () => {
  it('lists the areas of msd areas list and the periods with values', async () => {
    const cliAreas = await (async () => {
      await close();
      const areas = await cliJson('areas', 'list');
      await open();
      return areas;
    })();
    expect((await getJson('/api/v1/areas')).json).toEqual({ areas: cliAreas });
    const periods = (await getJson('/api/v1/periods?indicator=youth.clients')).json;
    expect(periods['deliveryDate']).toBe('2019-12-31');
    const ids = (periods['periods'] as Array<{ id: string; kind: string }>).map((p) => p.id);
    expect(ids).toContain('2019');
    expect(ids).toContain('2019-H2');
    expect(ids[0]! < ids.at(-1)!).toBe(true);
    expect((await getJson('/api/v1/periods?indicator=x.y')).status).toBe(404);
  });
});

describe('caching by the data version', () => {
  it('answers 304 to a current ETag and a new ETag once the data changed', async () => {
    const first = await get('/api/v1/indicators/youth.clients?period=2019');
    const etag = first.headers['etag'] as string;
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    expect(first.headers['cache-control']).toBe('no-cache');
    const again = await get('/api/v1/indicators/youth.clients?period=2019', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers['content-security-policy']).toContain("default-src 'none'");
    expect((await get('/api/v1/goals', { 'if-none-match': `W/${etag}` })).status).toBe(304);
    expect((await get('/api/v1/goals', { 'if-none-match': '"ander"' })).status).toBe(200);

    await close();
    const target = await msd(
      'targets',
      'set',
      'participation.outflow',
      '--data',
      data,
      '--year',
      '2019',
      '--value',
      '40',
    );
    expect(target.code, target.err).toBe(0);
    await open();
    const changed = await get('/api/v1/indicators/youth.clients?period=2019', { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers['etag']).not.toBe(etag);
  });

  it('never answers from a kept answer once the data changed under the same server', async () => {
    await close();
    const writer = await createApp({ dataDir: data });
    const server = createWebServer({ store: writer.store, version: 'test' });
    try {
      const goals = async () =>
        (await server.inject({ url: '/api/v1/goals?period=2019', headers: { authorization: bearer } })).body;
      const before = await goals();
      expect(await goals()).toBe(before);
      const vision = (JSON.parse(before) as { tree: { id: string } }).tree.id;
      await writer.store.run(
        "INSERT INTO goal_narrative (node, period, text, author, status, written_at) VALUES (?, '2019', 'Nieuw verhaal over 2019', 'test', 'concept', current_timestamp)",
        [vision],
      );
      const after = await goals();
      expect(before).not.toContain('Nieuw verhaal over 2019');
      expect(after).toContain('Nieuw verhaal over 2019');
    } finally {
      await server.close();
      writer.close();
      await open();
    }
  });
});

/** Every route path of the server (GET), from Fastify's route tree: each line's segment follows its parent's. */
function registeredPaths(tree: string): string[] {
  const stack: string[] = [];
  const paths: string[] = [];
  for (const line of tree.split('\n')) {
    const match = /^([│ ├└─]*)(\S+) \(([A-Z, ]+)\)$/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    stack.length = depth;
    stack.push(match[2]!);
    if (match[3]!.split(', ').includes('GET')) paths.push(stack.join('').replace(/^\/\//, '/'));
  }
  return paths;
}

/** A URL per described path with a 200 answer, and one with an error answer where the route has one. */
const SAMPLES: Record<string, { ok: string[]; error: string[] }> = {
  '/api/v1/indicators': { ok: ['/api/v1/indicators'], error: ['/api/v1/indicators?a=1'] },
  '/api/v1/indicators/{id}': {
    ok: [
      '/api/v1/indicators/youth.clients?period=2019&breakdown=careType',
      '/api/v1/indicators/local.loneliness.pct?area=oosterheem',
      '/api/v1/indicators/youth.clients?period=2031',
    ],
    error: ['/api/v1/indicators/x.y', '/api/v1/indicators/youth.clients?period=vorig-jaar'],
  },
  '/api/v1/goals': {
    ok: ['/api/v1/goals', '/api/v1/goals?period=2019&area=WK063706'],
    error: ['/api/v1/goals?period=x'],
  },
  '/api/v1/areas': { ok: ['/api/v1/areas'], error: ['/api/v1/areas?level=wijk'] },
  '/api/v1/periods': {
    ok: ['/api/v1/periods', '/api/v1/periods?indicator=youth.clients'],
    error: ['/api/v1/periods?indicator=q'],
  },
  '/api/v1/openapi.json': { ok: ['/api/v1/openapi.json'], error: [] },
};

describe('the OpenAPI description at /api/v1/openapi.json', () => {
  it('describes every registered /api/v1/ route, and real answers match the described schemas', async () => {
    const doc = (await getJson('/api/v1/openapi.json')).json as {
      openapi: string;
      paths: Record<
        string,
        { get: { responses: Record<string, { content?: Record<string, { schema: { $ref: string } }> }> } }
      >;
      components: { schemas: Record<string, object> };
    };
    expect(doc.openapi).toBe('3.1.0');
    const registered = registeredPaths(web!.printRoutes({ commonPrefix: false }))
      .filter((p) => p.startsWith('/api/'))
      .map((p) => p.replace(/:(\w+)/g, '{$1}'));
    expect(registered).toHaveLength(6);
    expect(Object.keys(doc.paths).sort()).toEqual(registered.sort());
    expect(Object.keys(SAMPLES).sort()).toEqual(registered.sort());

    // Components get absolute ids so a validator resolves the description's own references.
    const base = 'https://msd.invalid/components/';
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    for (const [id, schema] of Object.entries(doc.components.schemas)) {
      const text = JSON.stringify(schema).replaceAll('#/components/schemas/', base);
      ajv.addSchema({ ...(JSON.parse(text) as object), $id: `${base}${id}` });
    }
    const check = (schemaRef: string, body: unknown, url: string) => {
      const validate = ajv.getSchema(schemaRef.replace('#/components/schemas/', base))!;
      expect(validate(body), `${url}: ${JSON.stringify(validate.errors)}`).toBe(true);
    };
    for (const [path, { ok, error }] of Object.entries(SAMPLES)) {
      const responses = doc.paths[path]!.get.responses;
      for (const url of ok) {
        const answer = await getJson(url);
        expect(answer.status, url).toBe(200);
        check(responses['200']!.content!['application/json']!.schema.$ref, answer.json, url);
      }
      for (const url of error) {
        const answer = await getJson(url);
        expect(Object.keys(responses), url).toContain(String(answer.status));
        check(responses[String(answer.status)]!.content!['application/json']!.schema.$ref, answer.json, url);
      }
    }
    // A wrong answer does fail: the check is not vacuous.
    const values = ajv.getSchema(`${base}IndicatorValues`)!;
    expect(
      values({ indicator: 'x', period: null, area: null, breakdown: null, rows: [{ value: '1' }] }),
    ).toBe(false);
  });
});

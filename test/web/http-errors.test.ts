import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDbStore } from '../../src/store/duckdb-store.ts';
import { migrate } from '../../src/store/migrate.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';
import { createWebServer } from '../../src/web/server.ts';
import { loginAs } from '../helpers/login.ts';

const TOKEN = 'test-token-0123456789';
const BSN = '123456782';

describe('HTTP errors by their kind', () => {
  let store: SqlStore;
  let web: FastifyInstance;
  const logged: string[] = [];
  const ran: string[][] = [];
  let viewer: { cookie: string };

  beforeAll(async () => {
    store = await DuckDbStore.open(':memory:');
    await migrate(store);
    web = createWebServer({
      store,
      version: 'test',
      logError: (line) => logged.push(line),
      cliJobs: {
        token: TOKEN,
        allowed: ['batches'],
        async run(args) {
          ran.push([...args]);
          return { code: 0, out: ['ok'], err: [] };
        },
      },
    });
    // A route with a real fault whose message quotes data (as a driver error could): it must not reach the log.
    web.get('/kapot', { config: { access: 'viewer' } }, async () => {
      throw new TypeError(`cannot read BSN ${BSN}`);
    });
    web.get('/api/kapot', { config: { access: 'viewer' } }, async () => {
      throw new RangeError(`value ${BSN} out of range`);
    });
    await web.ready();
    viewer = (await loginAs(store, 'viewer')).headers;
  });

  afterAll(async () => {
    await web.close();
    store.close();
  });

  const cli = (payload: string | Buffer, contentType = 'application/json') =>
    web.inject({
      method: 'POST',
      url: '/internal/cli',
      remoteAddress: '127.0.0.1',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': contentType },
      payload,
    });

  it('answers an unknown page with a Dutch 404 page in the site layout, with a link home and the security headers', async () => {
    const response = await web.inject({ url: '/wijken?bsn=1' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toContain("default-src 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.body).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(response.body).toContain('<h1 class="utrecht-heading-1">Pagina niet gevonden</h1>');
    expect(response.body).toContain('De pagina /wijken bestaat niet.');
    expect(response.body).toContain('<a class="utrecht-link" href="/">Terug naar de kerncijfers</a>');
    expect(response.body).toContain('href="/data"'); // the site's navigation
    expect(response.body).not.toContain('bsn=1'); // the query is never echoed
    expect(response.body).not.toContain('Route GET');
  });

  it('answers an unknown stylesheet with the same 404 page', async () => {
    const response = await web.inject({ url: '/static/geen.css' });
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain('Pagina niet gevonden');
  });

  it('answers unknown addresses under /api/ and /internal/ in JSON with a Dutch message', async () => {
    for (const url of ['/api/wijken', '/internal/onbekend']) {
      const response = await web.inject({ url });
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(response.headers['content-security-policy']).toContain("default-src 'none'");
      expect(response.json()).toEqual({
        error: { code: 'not_found', message: `Het adres ${url} bestaat niet.` },
      });
    }
  });

  it('answers 405 with Allow for a known address and another method', async () => {
    const page = await web.inject({ method: 'POST', url: '/data', payload: {} });
    expect(page.statusCode).toBe(405);
    expect(page.headers['allow']).toBe('GET, HEAD');
    expect(page.body).toContain('De methode POST is op /data niet toegestaan; wel: GET, HEAD.');
    const cliGet = await web.inject({ url: '/internal/cli' });
    expect(cliGet.statusCode).toBe(405);
    expect(cliGet.headers['allow']).toBe('POST');
    expect(cliGet.json()).toMatchObject({ error: { code: 'method_not_allowed' } });
  });

  it('answers invalid JSON with 400, not 500, and runs nothing', async () => {
    const response = await cli('{"args": [');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: { code: 'invalid_json', message: 'De inhoud van het verzoek is geen geldige JSON.' },
    });
    const empty = await cli('');
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({ error: { code: 'invalid_json' } });
    expect(ran).toEqual([]);
  });

  it('answers bad parameters with 400 and a Dutch message', async () => {
    const notStrings = await cli(JSON.stringify({ args: [1, 2] }));
    expect(notStrings.statusCode).toBe(400);
    expect(notStrings.json()).toEqual({
      error: { code: 'bad_request', message: 'args moet een lijst van teksten zijn.' },
    });
    const notAllowed = await cli(JSON.stringify({ args: ['demo'] }));
    expect(notAllowed.statusCode).toBe(400);
    expect(notAllowed.json()).toMatchObject({
      error: { message: 'De server voert "demo" niet uit voor de opdrachtregel.' },
    });
    expect(ran).toEqual([]);
  });

  it('answers 401 and 403 in JSON for a wrong token or another machine', async () => {
    const wrongToken = await web.inject({
      method: 'POST',
      url: '/internal/cli',
      remoteAddress: '127.0.0.1',
      headers: { authorization: 'Bearer nope', 'content-type': 'application/json' },
      payload: { args: ['batches'] },
    });
    expect(wrongToken.statusCode).toBe(401);
    expect(wrongToken.json()).toEqual({ error: { code: 'unauthorized', message: 'Ongeldig token.' } });
    const remote = await web.inject({
      method: 'POST',
      url: '/internal/cli',
      remoteAddress: '10.1.2.3',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      payload: { args: ['batches'] },
    });
    expect(remote.statusCode).toBe(403);
    expect(remote.json()).toMatchObject({ error: { code: 'forbidden' } });
  });

  it('refuses the CLI hand-off from a browser even with the right token (Origin or Sec-Fetch-Site sent)', async () => {
    for (const header of [{ origin: 'http://127.0.0.1:8080' }, { 'sec-fetch-site': 'same-origin' }]) {
      const response = await web.inject({
        method: 'POST',
        url: '/internal/cli',
        remoteAddress: '127.0.0.1',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', ...header },
        payload: { args: ['batches'] },
      });
      expect(response.statusCode).toBe(403);
      expect(response.json()).toEqual({
        error: {
          code: 'forbidden',
          message: 'Dit adres is alleen voor de opdrachtregel op deze machine, niet voor een browser.',
        },
      });
    }
    // A form post (no JSON) is refused before anything runs.
    const form = await cli('args=batches', 'application/x-www-form-urlencoded');
    expect(form.statusCode).toBe(415);
    expect(ran).toEqual([]);
  });

  it('runs a valid hand-off and answers 200', async () => {
    const response = await cli(JSON.stringify({ args: ['batches', '--data', '/tmp/x'] }));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ code: 0, out: ['ok'], err: [] });
    expect(ran).toEqual([['batches', '--data', '/tmp/x']]);
    ran.length = 0;
  });

  it('answers a body over the limit with 413: 8 MB for the CLI hand-off, 64 kB elsewhere', async () => {
    const big = Buffer.alloc(50 * 1024 * 1024, 0x20);
    const response = await cli(big);
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({
      error: {
        code: 'body_too_large',
        message: 'De inhoud van het verzoek is te groot: hier mag die ten hoogste 8 MB zijn.',
      },
    });
    // A hand-off of many paths fits: 20,000 paths of 150 characters.
    const paths = Array.from({ length: 20_000 }, (_, i) => `/${'p'.repeat(140)}/${i}.xml`);
    const many = await cli(JSON.stringify({ args: ['batches', ...paths] }));
    expect(many.statusCode).toBe(200);
    ran.length = 0;
    // Any other route takes at most 64 kB.
    const page = await web.inject({
      method: 'POST',
      url: '/kapot',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ x: 'a'.repeat(70 * 1024) }),
    });
    expect(page.statusCode).toBe(413);
    expect(page.body).toContain('hier mag die ten hoogste 64 kB zijn.');
  });

  it('answers a content type other than JSON with 415', async () => {
    for (const type of ['text/plain', 'application/xml']) {
      const response = await cli('args=batches', type);
      expect(response.statusCode).toBe(415);
      expect(response.json()).toEqual({
        error: {
          code: 'unsupported_media_type',
          message: `Het inhoudstype ${type} wordt hier niet geaccepteerd; stuur JSON (application/json).`,
        },
      });
    }
    expect(ran).toEqual([]);
  });

  it('answers a real fault with a Dutch 500 page naming a reference, logged without personal data', async () => {
    logged.length = 0;
    const response = await web.inject({ url: `/kapot?bsn=${BSN}`, headers: viewer });
    expect(response.statusCode).toBe(500);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toContain("default-src 'none'");
    expect(response.body).toContain('<h1 class="utrecht-heading-1">Er ging iets mis</h1>');
    expect(response.body).toContain('href="/"');
    const reference = /referentie: ([0-9A-F]{8})\./.exec(response.body)?.[1];
    expect(reference).toMatch(/^[0-9A-F]{8}$/);
    expect(response.body).not.toContain(BSN);
    expect(logged).toHaveLength(1);
    const [line = ''] = logged;
    expect(line.split('\n')[0]).toBe(`msd web: fault ${reference}: GET /kapot: TypeError`);
    expect(line).toContain('http-errors.test.ts'); // where it was thrown
    expect(line).not.toContain(BSN);
    expect(line).not.toContain('bsn=');
  });

  it('answers a fault under /api/ in JSON with the reference', async () => {
    logged.length = 0;
    const response = await web.inject({ url: '/api/kapot', headers: viewer });
    expect(response.statusCode).toBe(500);
    const body = response.json() as { error: { code: string; message: string; reference: string } };
    expect(body.error.code).toBe('server_error');
    expect(body.error.reference).toMatch(/^[0-9A-F]{8}$/);
    expect(body.error.message).toBe(
      `Er ging iets mis op de server. Probeer het later opnieuw. Meldt u het probleem, noem dan deze referentie: ${body.error.reference}.`,
    );
    expect(logged[0]?.split('\n')[0]).toBe(
      `msd web: fault ${body.error.reference}: GET /api/kapot: RangeError`,
    );
    expect(response.body).not.toContain(BSN);
  });
});

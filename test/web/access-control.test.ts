import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/access/audit-log.ts';
import { ROLES, roleAllows, type Role } from '../../src/access/roles.ts';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from '../../src/access/session-store.ts';
import { LOGIN_LIMITS } from '../../src/access/login-throttle.ts';
import { addUser } from '../../src/access/user-store.ts';
import { DuckDbStore } from '../../src/store/duckdb-store.ts';
import { migrate } from '../../src/store/migrate.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';
import { effectiveAccess, PUBLIC_ROUTES, SESSION_COOKIE } from '../../src/web/route-access.ts';
import { createWebServer } from '../../src/web/server.ts';
import { loginAs, type TestLogin } from '../helpers/login.ts';

const PASSWORD = 'correct horse battery';
/** Example values for route parameters, so that every registered pattern can be requested. */
const PARAMS: Record<string, string> = { name: 'msd.css', asset: 'theme.css' };
const concrete = (url: string) => url.replace(/:(\w+)/g, (_, p: string) => PARAMS[p] ?? 'x');

describe('access control on every route (deny by default)', () => {
  let store: SqlStore;
  let web: FastifyInstance;
  let now = new Date('2026-12-06T09:00:00Z');
  const clock = () => now;
  const logins = new Map<Role, TestLogin>();

  beforeAll(async () => {
    store = await DuckDbStore.open(':memory:');
    await migrate(store);
    web = createWebServer({
      store,
      version: 'test',
      clock,
      cliJobs: {
        token: 'secret-token-0123',
        allowed: ['batches'],
        run: async () => ({ code: 0, out: [], err: [] }),
      },
    });
    await web.ready();
    for (const role of ROLES) logins.set(role, await loginAs(store, role, clock));
    await addUser(store, { username: 'anna', role: 'policy', password: PASSWORD });
  });

  afterAll(async () => {
    await web.close();
    store.close();
  });

  const headersOf = (role: Role): { cookie: string } => {
    const login = logins.get(role);
    if (!login) throw new Error(`no login for ${role}`);
    return login.headers;
  };

  const loginPage = async () => {
    const page = await web.inject({ url: '/login' });
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
    const cookie = String(page.headers['set-cookie']).split(';')[0] ?? '';
    return { csrf, cookie };
  };
  const postLogin = async (username: string, password: string, extraCookie = '') => {
    const { csrf, cookie } = await loginPage();
    return web.inject({
      method: 'POST',
      url: '/login',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: [cookie, extraCookie].filter(Boolean).join('; '),
      },
      payload: new URLSearchParams({ username, password, _csrf: csrf, next: '/data' }).toString(),
    });
  };
  const sessionOf = (response: { headers: Record<string, unknown> }) => {
    const cookies = [response.headers['set-cookie']].flat().map(String);
    return cookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`))?.split(';')[0] ?? '';
  };

  it('declares every registered route; public only for the allow-list', () => {
    const routes = web.registeredRoutes();
    expect(routes.length).toBeGreaterThan(8);
    const undeclared = routes.filter((r) => effectiveAccess(r.url, r.access) === undefined);
    // A failure here names each route that still needs `config: { access: … }`.
    expect(undeclared.map((r) => `${r.method} ${r.url}`)).toEqual([]);
    const publicRoutes = routes.filter((r) => r.access === 'public').map((r) => r.url);
    expect(new Set(publicRoutes)).toEqual(new Set(PUBLIC_ROUTES));
    expect(
      routes
        .filter((r) => r.url.startsWith('/gegevensleveringen/'))
        .map((r) => `${r.method} ${r.url} ${r.access}`),
    ).toEqual([
      'GET /gegevensleveringen/uploaden analyst',
      'HEAD /gegevensleveringen/uploaden analyst',
      'POST /gegevensleveringen/uploaden analyst',
      'GET /gegevensleveringen/uploaden/:id analyst',
      'HEAD /gegevensleveringen/uploaden/:id analyst',
    ]);
    expect(routes.filter((r) => r.access === 'local').map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST /internal/cli',
    ]);
  });

  it('answers anonymous requests: public routes, HTML → 303 to /login?next=…, machine routes → 401 JSON', async () => {
    for (const route of web.registeredRoutes()) {
      if (route.method === 'HEAD') continue;
      const url = concrete(route.url);
      const response = await web.inject({ method: route.method as 'GET', url });
      const access = effectiveAccess(route.url, route.access);
      if (access === 'public') {
        expect([200, 303, 400, 403], `${route.method} ${url}`).toContain(response.statusCode);
        expect(response.statusCode === 403 && route.method === 'GET').toBe(false);
      } else if (access === 'local') {
        expect(response.statusCode, url).toBe(401); // from 127.0.0.1, but without the data folder's token
      } else if (route.method === 'GET' && !url.startsWith('/api/')) {
        expect(response.statusCode, url).toBe(303);
        expect(response.headers.location).toBe(`/login?next=${encodeURIComponent(url)}`);
      } else {
        expect(response.statusCode, `${route.method} ${url}`).toBe(401);
        if (url.startsWith('/api/'))
          expect(response.json()).toMatchObject({ error: { code: 'unauthorized' } });
        else expect(response.body).toContain('U bent niet ingelogd, of uw sessie is verlopen.');
      }
    }
  });

  it('gives each role 200 where its role allows and 403 where not', async () => {
    const seen: string[] = [];
    for (const route of web.registeredRoutes()) {
      const access = effectiveAccess(route.url, route.access);
      if (route.method !== 'GET' || access === 'public' || access === 'local' || access === undefined)
        continue;
      for (const role of ROLES) {
        const response = await web.inject({ url: concrete(route.url), headers: headersOf(role) });
        const allowed = roleAllows(role, access);
        // Allowed: the handler itself answers — 200, or its own Dutch 404/400 for an example parameter naming
        // nothing in this empty store (e.g. /rendement/x). Never the access layer's 401/403 or login redirect.
        if (allowed) {
          expect([200, 400, 404], `${role} GET ${route.url}`).toContain(response.statusCode);
          if (response.statusCode !== 200) expect(response.body).not.toContain('Uw rol (');
        } else {
          expect(response.statusCode, `${role} GET ${route.url}`).toBe(403);
          expect(response.body).toContain(`Uw rol (${role}) geeft geen toegang tot`);
        }
        seen.push(`${role} ${route.url} ${response.statusCode}`);
      }
    }
    expect(seen).toContain('viewer /data 403');
    expect(seen).toContain('analyst /data 200');
    expect(seen).toContain('analyst /admin/audit 403');
    expect(seen).toContain('admin /admin/audit 200');
    expect(seen).toContain('viewer /rendement 200');
    // Browser uploads (issue 18, item 4): analysts and admins only; a job id naming nothing is the handler's 404.
    expect(seen).toContain('viewer /gegevensleveringen/uploaden 403');
    expect(seen).toContain('policy /gegevensleveringen/uploaden 403');
    expect(seen).toContain('analyst /gegevensleveringen/uploaden 200');
    expect(seen).toContain('admin /gegevensleveringen/uploaden 200');
    expect(seen).toContain('policy /gegevensleveringen/uploaden/:id 403');
    expect(seen).toContain('analyst /gegevensleveringen/uploaden/:id 404');
  });

  it('refuses a route registered without a declaration, for every role', async () => {
    const app = createWebServer({ store, version: 'test', clock });
    app.get('/vergeten', async () => 'geheim');
    await app.ready();
    const response = await app.inject({ url: '/vergeten', headers: headersOf('admin') });
    expect(response.statusCode).toBe(403);
    expect(response.body).toContain('Het adres /vergeten is niet vrijgegeven.');
    expect(response.body).not.toContain('geheim');
    // A `public` declaration off the allow-list does not open a route either.
    const other = createWebServer({ store, version: 'test', clock });
    other.get('/stiekem', { config: { access: 'public' } }, async () => 'geheim');
    await other.ready();
    expect((await other.inject({ url: '/stiekem' })).statusCode).toBe(403);
    await app.close();
    await other.close();
  });

  it('rejects a state-changing request without the session CSRF token', async () => {
    const login = await loginAs(store, 'viewer', clock);
    const form = { 'content-type': 'application/x-www-form-urlencoded', ...login.headers };
    const missing = await web.inject({ method: 'POST', url: '/logout', headers: form, payload: '' });
    expect(missing.statusCode).toBe(403);
    expect(missing.body).toContain('ontbrekend of ongeldig CSRF-token');
    const wrong = await web.inject({ method: 'POST', url: '/logout', headers: form, payload: '_csrf=nope' });
    expect(wrong.statusCode).toBe(403);
    // Still logged in after the refused requests; with the right token the logout works and ends the session.
    expect((await web.inject({ url: '/', headers: login.headers })).statusCode).toBe(200);
    const ok = await web.inject({
      method: 'POST',
      url: '/logout',
      headers: form,
      payload: `_csrf=${login.csrfToken}`,
    });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe('/login');
    expect((await web.inject({ url: '/', headers: login.headers })).statusCode).toBe(303);
    // The login form needs its own pre-session token too.
    const noToken = await web.inject({
      method: 'POST',
      url: '/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `username=anna&password=${encodeURIComponent(PASSWORD)}`,
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.body).toContain('Het formulier is verlopen.');
  });

  it('logs in with username and password, issuing a new session id (no fixation) with strict cookie flags', async () => {
    const planted = `${SESSION_COOKIE}=${(await loginAs(store, 'viewer', clock)).headers.cookie.split('=')[1]}`;
    const response = await postLogin('anna', PASSWORD, planted);
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/data');
    const setCookie = [response.headers['set-cookie']]
      .flat()
      .map(String)
      .find((c) => c.startsWith(SESSION_COOKIE));
    expect(setCookie).toMatch(/; Path=\/; HttpOnly; SameSite=Strict; Max-Age=28800$/);
    const fresh = sessionOf(response);
    expect(fresh).not.toBe(planted);
    // The planted session is gone; the new one works.
    expect((await web.inject({ url: '/', headers: { cookie: planted } })).statusCode).toBe(303);
    expect((await web.inject({ url: '/', headers: { cookie: fresh } })).statusCode).toBe(200);
    // A remote next (`//evil.example`) never leaves the site.
    const { csrf, cookie } = await loginPage();
    const evil = await web.inject({
      method: 'POST',
      url: '/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      payload: new URLSearchParams({
        username: 'anna',
        password: PASSWORD,
        _csrf: csrf,
        next: '//evil.example',
      }).toString(),
    });
    expect(evil.headers.location).toBe('/');
  });

  it('ends a session after 30 idle minutes and 8 hours after login', async () => {
    const login = await loginAs(store, 'viewer', clock);
    now = new Date(now.getTime() + SESSION_IDLE_MS - 60_000);
    expect((await web.inject({ url: '/', headers: login.headers })).statusCode).toBe(200);
    now = new Date(now.getTime() + SESSION_IDLE_MS + 1000);
    expect((await web.inject({ url: '/', headers: login.headers })).statusCode).toBe(303);
    // Active all the time, but past the absolute limit.
    const busy = await loginAs(store, 'viewer', clock);
    const started = now.getTime();
    while (now.getTime() - started < SESSION_ABSOLUTE_MS - 20 * 60_000) {
      now = new Date(now.getTime() + 20 * 60_000);
      expect((await web.inject({ url: '/', headers: busy.headers })).statusCode).toBe(200);
    }
    now = new Date(started + SESSION_ABSOLUTE_MS + 1000);
    const expired = await web.inject({ url: '/', headers: busy.headers });
    expect(expired.statusCode).toBe(303);
  });

  it(`locks an account after ${LOGIN_LIMITS.perAccount} failed logins, even for the right password`, async () => {
    await addUser(store, { username: 'bram', role: 'viewer', password: PASSWORD });
    for (let i = 0; i < LOGIN_LIMITS.perAccount; i++) {
      const failed = await postLogin('bram', 'wrong password!');
      expect(failed.statusCode).toBe(401);
      expect(failed.body).toContain('De gebruikersnaam of het wachtwoord klopt niet');
    }
    const locked = await postLogin('bram', PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.body).toContain('Te veel mislukte pogingen. Probeer het over 15 minuten opnieuw.');
    expect(sessionOf(locked)).toBe('');
    now = new Date(now.getTime() + LOGIN_LIMITS.lockMs + 1000);
    expect((await postLogin('bram', PASSWORD)).statusCode).toBe(303);
    const entries = await listAudit(store);
    expect(entries.filter((e) => e.action === 'login.failure' && e.object === 'bram')).toHaveLength(
      LOGIN_LIMITS.perAccount + 1,
    );
    expect(entries.find((e) => e.outcome === 'refused')).toMatchObject({
      object: 'bram',
      origin: '127.0.0.1',
    });
  });

  it(`blocks an address after ${LOGIN_LIMITS.perAddress} failed logins, whichever accounts it tries`, async () => {
    const from = (address: string, username: string) =>
      loginPage().then(({ csrf, cookie }) =>
        web.inject({
          method: 'POST',
          url: '/login',
          remoteAddress: address,
          headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
          payload: new URLSearchParams({ username, password: 'geraden wachtwoord', _csrf: csrf }).toString(),
        }),
      );
    for (let i = 0; i < LOGIN_LIMITS.perAddress; i++)
      expect((await from('198.51.100.9', `gok${i}`)).statusCode).toBe(401);
    expect((await from('198.51.100.9', 'nog-een')).statusCode).toBe(429);
    // Another address is not affected.
    expect((await from('198.51.100.10', 'nog-een')).statusCode).toBe(401);
  });

  it('marks the cookie Secure only when a configured proxy says the request came over TLS', async () => {
    const proxied = createWebServer({ store, version: 'test', clock, trustedProxy: '10.0.0.1' });
    await proxied.ready();
    const cookieFrom = async (remoteAddress: string) => {
      const page = await proxied.inject({
        url: '/login',
        remoteAddress,
        headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.5' },
      });
      return String(page.headers['set-cookie']);
    };
    expect(await cookieFrom('10.0.0.1')).toMatch(/; HttpOnly; SameSite=Strict; Max-Age=3600; Secure$/);
    // The same headers from anyone else are ignored.
    expect(await cookieFrom('10.0.0.2')).not.toContain('Secure');
    expect(
      String(
        (await web.inject({ url: '/login', headers: { 'x-forwarded-proto': 'https' } })).headers[
          'set-cookie'
        ],
      ),
    ).not.toContain('Secure');
    await proxied.close();
  });

  it('sends the security headers on every page, redirect and error page', async () => {
    const none = {};
    for (const [url, headers] of [
      ['/login', none],
      ['/', none],
      ['/admin/audit', headersOf('admin')],
      ['/admin/audit', headersOf('viewer')],
      ['/bestaat-niet', none],
      ['/api/bestaat-niet', none],
    ] as const) {
      const response = await web.inject({ url, headers });
      expect(response.headers['content-security-policy'], url).toContain("default-src 'none'");
      expect(response.headers['content-security-policy']).not.toContain('unsafe-inline');
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
    }
    const login = await web.inject({ url: '/login' });
    expect(login.body).not.toContain('<script');
    expect(login.body).toContain('<label class="utrecht-form-label" for="password">Wachtwoord</label>');
  });
});

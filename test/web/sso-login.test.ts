import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/access/audit-log.ts';
import { normaliseOidcSettings } from '../../src/access/oidc-settings.ts';
import { findUser, listUsers, setDisabled, setRole } from '../../src/access/user-store.ts';
import { DuckDbStore } from '../../src/store/duckdb-store.ts';
import { migrate } from '../../src/store/migrate.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';
import {
  effectiveAccess,
  PUBLIC_ROUTES,
  SESSION_COOKIE,
  SSO_PUBLIC_ROUTES,
} from '../../src/web/route-access.ts';
import { createWebServer } from '../../src/web/server.ts';
import {
  browse,
  CookieJar,
  freePort,
  signInAtProvider,
  startTestProvider,
  type TestProvider,
} from '../helpers/oidc-provider.ts';

const CLIENT_ID = 'msd-monitor';
const CLIENT_SECRET = 'een-lang-clientgeheim-voor-de-test-0123456789';

const ACCOUNTS = {
  'anna-id': {
    preferred_username: 'anna.beleid',
    email: 'anna@testdorp.nl',
    groups: ['msd-beleid', 'alle-medewerkers'],
  },
  'bram-id': { preferred_username: 'bram.nieuw', email: 'bram@testdorp.nl', groups: ['alle-medewerkers'] },
  'cor-id': { preferred_username: 'cor.analist', email: 'cor@testdorp.nl', groups: ['msd-analyse'] },
} as const;

/** Strips tags so Dutch sentences can be matched regardless of markup. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/&quot;/g, '"');

describe('single sign-on with OpenID Connect against a local provider (real HTTP, no mocks)', () => {
  let store: SqlStore;
  let web: FastifyInstance;
  let provider: TestProvider;
  let msd: string;

  beforeAll(async () => {
    const port = await freePort();
    msd = `http://127.0.0.1:${port}`;
    const redirectUri = `${msd}/login/oidc/callback`;
    provider = await startTestProvider({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      redirectUri,
      accounts: ACCOUNTS,
    });
    store = await DuckDbStore.open(':memory:');
    await migrate(store);
    const oidc = normaliseOidcSettings(
      {
        issuer: provider.issuer,
        clientId: CLIENT_ID,
        redirectUri,
        organisation: 'Gemeente Testdorp',
        roleMapping: { 'msd-beleid': 'policy', 'msd-analyse': 'analyst' },
      },
      CLIENT_SECRET,
      'oidc.json',
    );
    web = createWebServer({ store, version: 'test', oidc });
    await web.listen({ port, host: '127.0.0.1' });
  });

  afterAll(async () => {
    await web.close();
    await provider.close();
    store.close();
  });

  /** Starts at msd's SSO button, lets `tamper` change the authorization request, signs in, and calls back. */
  async function ssoLogin(accountId: string, next: string, tamper?: (url: URL) => void) {
    const jar = new CookieJar();
    const start = await browse(jar, `${msd}/login/oidc?next=${encodeURIComponent(next)}`);
    expect(start.status).toBe(303);
    const authorization = new URL(start.headers.get('location') ?? '');
    expect(authorization.origin).toBe(provider.issuer);
    tamper?.(authorization);
    const callback = await signInAtProvider(jar, authorization.href, accountId, msd);
    const answer = await browse(jar, callback);
    return { jar, answer, html: await answer.text(), authorization };
  }

  it('adds exactly the two allow-listed SSO routes to the public ones', () => {
    const routes = web.registeredRoutes();
    expect(routes.filter((r) => effectiveAccess(r.url, r.access) === undefined)).toEqual([]);
    const publicRoutes = routes.filter((r) => r.access === 'public').map((r) => r.url);
    expect(new Set(publicRoutes)).toEqual(new Set([...PUBLIC_ROUTES, ...SSO_PUBLIC_ROUTES]));
  });

  it('has no SSO button or routes when oidc.json is absent', async () => {
    const plain = createWebServer({ store, version: 'test' });
    try {
      expect((await plain.inject({ url: '/login' })).body).not.toContain('Inloggen met');
      expect((await plain.inject({ url: '/login/oidc' })).statusCode).toBe(404);
    } finally {
      await plain.close();
    }
  });

  it('shows "Inloggen met <organisatie>" on the login page', async () => {
    const page = await fetch(`${msd}/login?next=/`);
    const html = await page.text();
    expect(html).toContain('Inloggen met Gemeente Testdorp');
    expect(html).toContain('href="/login/oidc?next=%2F"');
  });

  it('sends the provider a PKCE (S256) authorization code request with state and nonce', async () => {
    const start = await fetch(`${msd}/login/oidc?next=/`, { redirect: 'manual' });
    const url = new URL(start.headers.get('location') ?? '');
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('state')).toMatch(/^[\w-]{20,}$/);
    expect(url.searchParams.get('nonce')).toMatch(/^[\w-]{20,}$/);
    expect(start.headers.getSetCookie().join()).toMatch(
      /msd_oidc=[\w-]+; Path=\/login\/oidc; HttpOnly; SameSite=Lax/,
    );
  });

  it('logs a mapped user in through login and consent, with the mapped role and an audit entry', async () => {
    const { jar, answer, html } = await ssoLogin('anna-id', '/');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('refresh')).toBe('0; url=/');
    expect(textOf(html)).toContain('U bent ingelogd als anna.beleid.');
    expect(jar.get(msd, SESSION_COOKIE)).toMatch(/^[\w-]{43}$/);
    const user = await findUser(store, 'anna.beleid');
    expect(user).toMatchObject({ role: 'policy', disabled: false, passwordHash: null });
    // The session works: the start page (viewer) answers 200, the deliveries page (analyst) 403.
    expect((await browse(jar, `${msd}/`)).status).toBe(200);
    const data = await browse(jar, `${msd}/data`);
    expect(data.status).toBe(403);
    const entries = await listAudit(store, { limit: 50, offset: 0 });
    expect(entries.find((e) => e.action === 'login.success' && e.object === 'sso:anna.beleid')).toMatchObject(
      {
        actor: 'user:anna.beleid',
        outcome: 'ok',
        origin: '127.0.0.1',
      },
    );
  });

  it('takes the highest mapped role: an analyst reaches the deliveries page', async () => {
    const { jar, answer } = await ssoLogin('cor-id', '/data');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('refresh')).toBe('0; url=/data');
    expect((await browse(jar, `${msd}/data`)).status).toBe(200);
  });

  it('refuses an unmapped user in Dutch, and lists the account for an admin to assign a role', async () => {
    const { jar, answer, html } = await ssoLogin('bram-id', '/');
    expect(answer.status).toBe(403);
    expect(textOf(html)).toContain(
      'U bent bij de organisatie ingelogd als bram.nieuw, maar u hebt nog geen rol in de monitor.',
    );
    expect(jar.get(msd, SESSION_COOKIE)).toBeUndefined();
    expect((await listUsers(store)).find((u) => u.username === 'bram.nieuw')).toMatchObject({
      role: 'viewer',
      disabled: true,
    });
    const entries = await listAudit(store, { limit: 50, offset: 0 });
    expect(entries.find((e) => e.object === 'sso:bram.nieuw')).toMatchObject({
      action: 'login.failure',
      outcome: 'refused',
    });
    // The admin assigns a role (msd users set-role / enable); the next SSO login gets in with it.
    await setRole(store, 'bram.nieuw', 'analyst');
    await setDisabled(store, 'bram.nieuw', false);
    const again = await ssoLogin('bram-id', '/data');
    expect(again.answer.status).toBe(200);
    expect((await browse(again.jar, `${msd}/data`)).status).toBe(200);
  });

  it('refuses a callback whose state does not match the login started in this browser', async () => {
    const { jar, answer, html } = await ssoLogin('anna-id', '/', (url) =>
      url.searchParams.set('state', 'vervalst-state-0123456789'),
    );
    expect(answer.status).toBe(403);
    expect(textOf(html)).toContain('state klopt niet of is verlopen');
    expect(jar.get(msd, SESSION_COOKIE)).toBeUndefined();
    const entries = await listAudit(store, { limit: 50, offset: 0 });
    expect(entries.find((e) => e.object === 'sso:state')).toMatchObject({
      action: 'login.failure',
      actor: 'anoniem',
    });
  });

  it('refuses an ID token whose nonce does not match the login (provider signs the tampered nonce)', async () => {
    const { jar, answer, html } = await ssoLogin('anna-id', '/', (url) =>
      url.searchParams.set('nonce', 'vervalste-nonce-0123456789'),
    );
    expect(answer.status).toBe(403);
    expect(textOf(html)).toContain(
      'het identiteitsbewijs hoort niet bij deze inlogpoging (nonce klopt niet)',
    );
    expect(jar.get(msd, SESSION_COOKIE)).toBeUndefined();
    const entries = await listAudit(store, { limit: 50, offset: 0 });
    expect(entries.find((e) => e.object === 'sso:nonce')).toMatchObject({
      action: 'login.failure',
      outcome: 'refused',
    });
  });

  it('refuses a callback replayed without the pending-login cookie', async () => {
    const jar = new CookieJar();
    const start = await browse(jar, `${msd}/login/oidc?next=/`);
    const callback = await signInAtProvider(jar, start.headers.get('location') ?? '', 'anna-id', msd);
    const replay = await fetch(callback, { redirect: 'manual' });
    expect(replay.status).toBe(403);
    expect(textOf(await replay.text())).toContain('state klopt niet of is verlopen');
  });
});

/**
 * @module Authorisation on every route, deny by default (privacy.md §5, §7). Each route declares who may reach it in
 * `config: { access: … }` — a role (`viewer` < `policy` < `analyst` < `admin`), `public` (only honoured for the
 * paths on PUBLIC_ROUTES) or `local` (the CLI hand-off under `/internal/`, which checks loopback and the data
 * folder's secret itself and refuses browsers). A route without a valid declaration answers 403. Who is asking
 * comes from the session cookie, or on `/api/` from a personal API token (`Authorization: Bearer`). Anonymous page
 * requests are sent to `/login?next=…`; machine routes answer 401 JSON. Every state-changing request with a session
 * must carry the session's CSRF token (form field `_csrf` or header `x-csrf-token`).
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { resolveApiToken } from '../access/api-token.ts';
import { systemClock, type Clock } from '../access/clock.ts';
import { roleAllows, type Role, type RouteAccess } from '../access/roles.ts';
import { resumeSession } from '../access/session-store.ts';
import { HttpError } from '../errors.ts';
import type { SqlStore } from '../store/sql-store.ts';
import { t } from '../views/messages.ts';
import { isMachineRoute } from './http-errors.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may reach this route (route-access.ts); required on every route. */
    access?: RouteAccess;
  }
  interface FastifyInstance {
    /** Every route registered on the app with its access declaration (for the route-enumeration test). */
    registeredRoutes(): readonly RegisteredRoute[];
  }
  interface FastifyRequest {
    /** The logged-in account (session or API token), or null for an anonymous request. */
    identity: Identity | null;
  }
}

export interface Identity {
  readonly username: string;
  readonly role: Role;
  readonly via: 'session' | 'token';
  /** Set for a session: the synchronizer token its forms carry. */
  readonly csrfToken?: string;
}

/** The only routes anyone may reach without logging in (route patterns as registered). */
export const PUBLIC_ROUTES: readonly string[] = ['/login', '/health', '/static/:name', '/theme/:asset'];

/** Also public, and registered only when single sign-on is configured: its start and the provider's callback. */
export const SSO_PUBLIC_ROUTES: readonly string[] = ['/login/oidc', '/login/oidc/callback'];

/** The only routes that may declare `local`: they check loopback and the data folder's secret themselves. */
export const LOCAL_ROUTE_PREFIX = '/internal/';

export const SESSION_COOKIE = 'msd_session';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface RegisteredRoute {
  readonly method: string;
  readonly url: string;
  readonly access: RouteAccess | undefined;
}

export interface AccessDeps {
  readonly store: SqlStore;
  readonly clock?: Clock;
}

/** The cookies of a request, by name (the first one wins). */
export function readCookies(request: FastifyRequest): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    const name = part.slice(0, at).trim();
    if (!cookies.has(name)) cookies.set(name, part.slice(at + 1).trim());
  }
  return cookies;
}

/** A `Set-Cookie` value: HttpOnly, SameSite=Strict, path /, and Secure when the request came over TLS. */
export function cookieHeader(
  request: FastifyRequest,
  name: string,
  value: string,
  maxAgeSeconds?: number,
): string {
  const parts = [`${name}=${value}`, 'Path=/', 'HttpOnly', 'SameSite=Strict'];
  if (maxAgeSeconds !== undefined) parts.push(`Max-Age=${maxAgeSeconds}`);
  if (request.protocol === 'https') parts.push('Secure');
  return parts.join('; ');
}

/** A local path to return to after login; anything else (another site, `//host`, `/\host`) becomes `/`. */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?![/\\])[^\s]*$/.test(next) && next.length <= 500 ? next : '/';
}

export const tokensEqual = (given: string, expected: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** The declaration that counts for a route: `public` and `local` only where allowed, else none (deny). */
export function effectiveAccess(url: string, access: RouteAccess | undefined): RouteAccess | undefined {
  if (access === 'public')
    return PUBLIC_ROUTES.includes(url) || SSO_PUBLIC_ROUTES.includes(url) ? 'public' : undefined;
  if (access === 'local') return url.startsWith(LOCAL_ROUTE_PREFIX) ? 'local' : undefined;
  return access;
}

async function identify(request: FastifyRequest, path: string, deps: AccessDeps): Promise<Identity | null> {
  const authorization = request.headers.authorization;
  if (path.startsWith('/api/') && authorization?.startsWith('Bearer ')) {
    const account = await resolveApiToken(deps.store, authorization.slice('Bearer '.length).trim());
    return account ? { ...account, via: 'token' } : null;
  }
  const id = readCookies(request).get(SESSION_COOKIE);
  if (!id) return null;
  const session = await resumeSession(deps.store, id, deps.clock ?? systemClock);
  return session
    ? { username: session.username, role: session.role, via: 'session', csrfToken: session.csrfToken }
    : null;
}

function refuseAnonymous(request: FastifyRequest, reply: FastifyReply, path: string): FastifyReply {
  if (isMachineRoute(path) || request.method !== 'GET') throw new HttpError(401, t('errorLoginRequired'));
  const next = safeNext(request.url);
  return reply
    .code(303)
    .header('cache-control', 'no-store')
    .redirect(`/login?next=${encodeURIComponent(next)}`, 303);
}

/**
 * Installs the access hooks. Call it before any route is registered: `app.registeredRoutes()` then lists every
 * route with its declaration (route-access.test.ts proves each one is public only when allow-listed).
 */
export function registerAccessControl(app: FastifyInstance, deps: AccessDeps): void {
  const routes: RegisteredRoute[] = [];
  app.decorate('registeredRoutes', () => routes);
  app.decorateRequest('identity', null);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) routes.push({ method, url: route.url, access: route.config?.access });
  });
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (request, body, done) => {
      // Forms are for pages; the machine routes take JSON only.
      if (isMachineRoute(request.url.split('?')[0] ?? '')) {
        done(Object.assign(new Error('form body'), { code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE' }), undefined);
        return;
      }
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    },
  );

  app.addHook('onRequest', async (request, reply) => {
    const url = request.routeOptions.url;
    // No route: the not-found handler answers (404 or 405) and reveals nothing.
    if (url === undefined) return;
    const path = request.url.split('?')[0] ?? '/';
    const access = effectiveAccess(url, request.routeOptions.config.access);
    if (access === undefined) throw new HttpError(403, t('errorForbiddenUndeclared', { path }));
    if (access === 'local') {
      // A browser announces itself (Origin, Sec-Fetch-*); the CLI sends neither.
      if (request.headers.origin !== undefined || request.headers['sec-fetch-site'] !== undefined)
        throw new HttpError(403, t('errorBrowserNotAllowed'));
      return;
    }
    request.identity = await identify(request, path, deps);
    if (access === 'public') return;
    if (!request.identity) return refuseAnonymous(request, reply, path);
    if (!roleAllows(request.identity.role, access))
      throw new HttpError(
        403,
        t('errorForbiddenRole', { role: request.identity.role, path, required: access }),
      );
  });

  // After the body is parsed: a session's state-changing request must carry its CSRF token.
  // `public` routes (the login form) check their own pre-session token; `local` routes take no cookies.
  app.addHook('preHandler', async (request) => {
    const identity = request.identity;
    if (SAFE_METHODS.has(request.method) || identity?.via !== 'session') return;
    const url = request.routeOptions.url ?? '';
    const access = effectiveAccess(url, request.routeOptions.config.access);
    if (access === 'public' || access === 'local') return;
    const body = request.body as Record<string, unknown> | undefined;
    // A multipart upload is streamed by its handler after this check, so its form carries the token in the
    // action URL (`?_csrf=`); every other body carries it as a field or header.
    const query = request.query as Record<string, unknown> | undefined;
    const multipart = String(request.headers['content-type'] ?? '').startsWith('multipart/form-data');
    const given =
      typeof body?._csrf === 'string'
        ? body._csrf
        : (request.headers['x-csrf-token'] ??
          (multipart && typeof query?._csrf === 'string' ? query._csrf : undefined));
    if (typeof given !== 'string' || !identity.csrfToken || !tokensEqual(given, identity.csrfToken))
      throw new HttpError(403, t('errorCsrf'));
  });
}

/**
 * @module The access routes: `/login` (form with a pre-session CSRF token in a cookie, throttled per account and
 * address, a new session id on every login), `/logout` (POST with the session's CSRF token) and `/admin/audit`
 * (admin, paged). Every login, failure and logout goes to the audit trail.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { audit, countAudit, listAudit } from '../../access/audit-log.ts';
import { systemClock, type Clock } from '../../access/clock.ts';
import { LoginThrottle } from '../../access/login-throttle.ts';
import { verifyPassword } from '../../access/password-hash.ts';
import { createSession, endSession, SESSION_ABSOLUTE_MS } from '../../access/session-store.ts';
import { findUser } from '../../access/user-store.ts';
import type { SqlStore } from '../../store/sql-store.ts';
import { t } from '../../views/messages.ts';
import { AuditPage } from '../pages/audit-page.tsx';
import { LoginPage } from '../pages/login-page.tsx';
import { LogoutPage } from '../pages/logout-page.tsx';
import { sendHtml } from '../render-page.ts';
import { auditRequest } from '../request-audit.ts';
import { cookieHeader, readCookies, safeNext, SESSION_COOKIE, tokensEqual } from '../route-access.ts';

export interface AccessRouteDeps {
  readonly store: SqlStore;
  readonly clock?: Clock;
  readonly throttle?: LoginThrottle;
  /** When single sign-on is configured: the organisation named on the login page's SSO button. */
  readonly ssoOrganisation?: string;
}

const LOGIN_CSRF_COOKIE = 'msd_login_csrf';
const AUDIT_PAGE_SIZE = 50;
/** A hash to verify against when the account does not exist, so that the answer takes as long as for a real one. */
const DUMMY_HASH = `scrypt$32768$8$1$${Buffer.alloc(16).toString('base64')}$${Buffer.alloc(32).toString('base64')}`;

interface LoginBody {
  username?: string;
  password?: string;
  _csrf?: string;
  next?: string;
}

export function registerAccessRoutes(app: FastifyInstance, deps: AccessRouteDeps): void {
  const clock = deps.clock ?? systemClock;
  const throttle = deps.throttle ?? new LoginThrottle(deps.store, clock);

  const loginForm = (
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    props: { next: string; error?: string; username?: string },
  ) => {
    const csrfToken = randomBytes(24).toString('base64url');
    reply.header('set-cookie', cookieHeader(request, LOGIN_CSRF_COOKIE, csrfToken, 3600));
    return sendHtml(
      reply,
      status,
      h(LoginPage, {
        csrfToken,
        ...props,
        ...(deps.ssoOrganisation ? { ssoOrganisation: deps.ssoOrganisation } : {}),
      }),
    );
  };

  app.get<{ Querystring: { next?: string } }>(
    '/login',
    { config: { access: 'public' } },
    async (request, reply) => loginForm(request, reply, 200, { next: safeNext(request.query.next) }),
  );

  app.post<{ Body: LoginBody }>('/login', { config: { access: 'public' } }, async (request, reply) => {
    const body = request.body ?? {};
    const next = safeNext(body.next);
    const username = String(body.username ?? '')
      .trim()
      .toLowerCase()
      .slice(0, 64);
    const expected = readCookies(request).get(LOGIN_CSRF_COOKIE);
    if (!expected || typeof body._csrf !== 'string' || !tokensEqual(body._csrf, expected))
      return loginForm(request, reply, 403, { next, error: t('loginExpired'), username });
    const origin = request.ip;
    const locked = await throttle.lockedFor(username, origin);
    if (locked > 0) {
      await audit(
        deps.store,
        { actor: 'anoniem', action: 'login.failure', object: username, origin, outcome: 'refused' },
        clock,
      );
      return loginForm(request, reply, 429, {
        next,
        error: t('loginLocked', { minutes: Math.ceil(locked / 60_000) }),
        username,
      });
    }
    const user = await findUser(deps.store, username);
    const password = String(body.password ?? '');
    const matches = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || user.disabled || !user.passwordHash || !matches) {
      await throttle.recordFailure(username, origin);
      await audit(deps.store, { actor: 'anoniem', action: 'login.failure', object: username, origin }, clock);
      return loginForm(request, reply, 401, { next, error: t('loginFailed'), username });
    }
    await throttle.recordSuccess(username);
    // No fixation: whatever session the browser brought is ended, and a new id is issued.
    const old = readCookies(request).get(SESSION_COOKIE);
    if (old) await endSession(deps.store, old);
    const session = await createSession(deps.store, user.username, origin, clock);
    await audit(
      deps.store,
      { actor: `user:${user.username}`, action: 'login.success', object: user.username, origin },
      clock,
    );
    return reply
      .header('set-cookie', [
        cookieHeader(request, SESSION_COOKIE, session.id, SESSION_ABSOLUTE_MS / 1000),
        cookieHeader(request, LOGIN_CSRF_COOKIE, '', 0),
      ])
      .header('cache-control', 'no-store')
      .redirect(next, 303);
  });

  app.get('/logout', { config: { access: 'viewer' } }, async (request, reply) => {
    const identity = request.identity;
    if (!identity?.csrfToken) return reply.redirect('/login', 303);
    return sendHtml(
      reply,
      200,
      h(LogoutPage, { username: identity.username, role: identity.role, csrfToken: identity.csrfToken }),
    );
  });

  app.post('/logout', { config: { access: 'viewer' } }, async (request, reply) => {
    const id = readCookies(request).get(SESSION_COOKIE);
    if (id) await endSession(deps.store, id);
    await auditRequest(deps.store, request, 'logout', request.identity?.username ?? '', clock);
    return reply
      .header('set-cookie', cookieHeader(request, SESSION_COOKIE, '', 0))
      .header('cache-control', 'no-store')
      .redirect('/login', 303);
  });

  app.get<{ Querystring: { page?: string } }>(
    '/admin/audit',
    { config: { access: 'admin' } },
    async (request, reply) => {
      const asked = Number(request.query.page ?? '1');
      const total = await countAudit(deps.store);
      const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
      const page = Number.isInteger(asked) && asked >= 1 ? Math.min(asked, pages) : 1;
      const entries = await listAudit(deps.store, {
        limit: AUDIT_PAGE_SIZE,
        offset: (page - 1) * AUDIT_PAGE_SIZE,
      });
      return sendHtml(reply, 200, h(AuditPage, { entries, page, pageSize: AUDIT_PAGE_SIZE, total }));
    },
  );
}

/**
 * @module Single sign-on routes (OpenID Connect): `/login/oidc` starts the authorization code flow and sends the
 * browser to the organisation's identity provider; `/login/oidc/callback` checks its answer, resolves the account
 * (sso-account.ts), starts a new session and audits success or failure. Both are public (on the allow-list in
 * route-access.ts) and only registered when `oidc.json` configures single sign-on.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { audit } from '../../access/audit-log.ts';
import { systemClock, type Clock } from '../../access/clock.ts';
import { OidcClient, OidcRefusal } from '../../access/oidc-login.ts';
import { PENDING_OIDC_TTL_MS, PendingOidcLogins } from '../../access/oidc-pending.ts';
import type { OidcSettings } from '../../access/oidc-settings.ts';
import { createSession, endSession, SESSION_ABSOLUTE_MS } from '../../access/session-store.ts';
import { resolveSsoAccount } from '../../access/sso-account.ts';
import type { SqlStore } from '../../store/sql-store.ts';
import { t } from '../../views/messages.ts';
import { SsoResultPage } from '../pages/sso-result-page.tsx';
import { renderDocument } from '../render-page.ts';
import { cookieHeader, readCookies, safeNext, SESSION_COOKIE } from '../route-access.ts';

export interface SsoRouteDeps {
  readonly store: SqlStore;
  readonly oidc: OidcSettings;
  readonly clock?: Clock;
}

const PENDING_COOKIE = 'msd_oidc';

/**
 * The pending-login cookie is SameSite=Lax, not Strict like the others: the identity provider sends the browser
 * back with a cross-site top-level GET, on which a Strict cookie would not be sent. It holds only a random key
 * that is usable once, and only on the callback path.
 */
function pendingCookie(request: FastifyRequest, value: string, maxAgeSeconds: number): string {
  const parts = [
    `${PENDING_COOKIE}=${value}`,
    'Path=/login/oidc',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${maxAgeSeconds}`,
  ];
  if (request.protocol === 'https') parts.push('Secure');
  return parts.join('; ');
}

const page = (reply: FastifyReply, status: number, message: string, refused: boolean, next: string) =>
  reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(renderDocument(h(SsoResultPage, { message, refused, next })));

export function registerSsoRoutes(app: FastifyInstance, deps: SsoRouteDeps): void {
  const clock = deps.clock ?? systemClock;
  const client = new OidcClient(deps.oidc);
  const pendingLogins = new PendingOidcLogins(clock);

  const refuse = async (request: FastifyRequest, reply: FastifyReply, object: string, reason: string) => {
    await audit(
      deps.store,
      {
        actor: 'anoniem',
        action: 'login.failure',
        object: `sso:${object}`,
        origin: request.ip,
        outcome: 'refused',
      },
      clock,
    );
    return page(reply.header('set-cookie', pendingCookie(request, '', 0)), 403, reason, true, '/login');
  };

  app.get<{ Querystring: { next?: string } }>(
    '/login/oidc',
    { config: { access: 'public' } },
    async (request, reply) => {
      try {
        const { url, pending } = await client.start(safeNext(request.query.next));
        const key = pendingLogins.add(pending);
        return reply
          .header('set-cookie', pendingCookie(request, key, PENDING_OIDC_TTL_MS / 1000))
          .header('cache-control', 'no-store')
          .redirect(url, 303);
      } catch (error) {
        if (error instanceof OidcRefusal) return page(reply, 502, error.reason, true, '/login');
        throw error;
      }
    },
  );

  app.get('/login/oidc/callback', { config: { access: 'public' } }, async (request, reply) => {
    const pending = pendingLogins.take(readCookies(request).get(PENDING_COOKIE));
    if (!pending) return refuse(request, reply, 'onbekend', t('ssoStateMismatch'));
    let claims;
    try {
      claims = await client.finish(pending, request.url.split('?')[1] ?? '');
    } catch (error) {
      if (error instanceof OidcRefusal) return refuse(request, reply, error.kind, error.reason);
      throw error;
    }
    const outcome = await resolveSsoAccount(deps.store, deps.oidc, claims, clock);
    if (outcome.kind === 'no-username')
      return refuse(
        request,
        reply,
        'geen-gebruikersnaam',
        t('ssoNoUsername', { claim: deps.oidc.usernameClaim }),
      );
    if (outcome.kind === 'no-role')
      return refuse(request, reply, outcome.username, t('ssoNoRole', { username: outcome.username }));
    if (outcome.kind === 'disabled')
      return refuse(request, reply, outcome.username, t('ssoDisabled', { username: outcome.username }));
    // No fixation: whatever session the browser brought is ended, and a new id is issued.
    const old = readCookies(request).get(SESSION_COOKIE);
    if (old) await endSession(deps.store, old);
    const session = await createSession(deps.store, outcome.username, request.ip, clock);
    await audit(
      deps.store,
      {
        actor: `user:${outcome.username}`,
        action: 'login.success',
        object: `sso:${outcome.username}`,
        origin: request.ip,
      },
      clock,
    );
    // A page plus `Refresh`, not a redirect: the onward request then starts on this site, so the browser sends the
    // SameSite=Strict session cookie (after a cross-site redirect chain it would not).
    return page(
      reply
        .header('set-cookie', [
          cookieHeader(request, SESSION_COOKIE, session.id, SESSION_ABSOLUTE_MS / 1000),
          pendingCookie(request, '', 0),
        ])
        .header('refresh', `0; url=${pending.next}`),
      200,
      t('ssoLoggedIn', { username: outcome.username }),
      false,
      pending.next,
    );
  });
}

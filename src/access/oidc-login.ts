/**
 * @module The OpenID Connect authorization code flow with PKCE, state and nonce (openid-client). `startOidcLogin`
 * gives the address to send the browser to and the secrets to keep server-side; `finishOidcLogin` checks the
 * callback against them (state here, then code, PKCE verifier, ID token signature, issuer, audience and nonce in
 * openid-client), fetches the userinfo and returns the claims. Refusals are typed with a Dutch reason.
 */
import * as oidc from 'openid-client';
import { t } from '../views/messages.ts';
import type { OidcSettings } from './oidc-settings.ts';

export interface PendingOidcLogin {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
  /** The local page to return to after login. */
  readonly next: string;
}

export type OidcClaims = Readonly<Record<string, unknown>>;

/** Why a callback was refused; `reason` is the Dutch sentence for the user and the audit trail. */
export class OidcRefusal extends Error {
  override readonly name = 'OidcRefusal';
  constructor(
    readonly kind: 'state' | 'nonce' | 'provider' | 'unreachable',
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** The errors `failure` wraps, outermost first (openid-client wraps oauth4webapi's, which carry the details). */
function causes(failure: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let at = failure; at !== undefined && at !== null && chain.length < 5;) {
    chain.push(at);
    at = typeof at === 'object' && 'cause' in at ? (at as { cause?: unknown }).cause : undefined;
  }
  return chain;
}

/** The claim a failed ID token comparison names (`{ cause: { claim } }` in oauth4webapi), if any. */
function failedClaim(failure: unknown): string | undefined {
  for (const at of causes(failure)) {
    const claim = typeof at === 'object' && at !== null ? (at as { claim?: unknown }).claim : undefined;
    if (typeof claim === 'string') return claim;
  }
  return undefined;
}

/** The most specific message in the chain: it names the check that failed. */
function innermostMessage(failure: unknown): string {
  const messages = causes(failure).flatMap((at) => (at instanceof Error ? [at.message] : []));
  return messages.at(-1) ?? String(failure);
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Discovers the provider once per settings object; a failed discovery is retried on the next login. */
export class OidcClient {
  private configuration: Promise<oidc.Configuration> | undefined;

  constructor(readonly settings: OidcSettings) {}

  private configure(): Promise<oidc.Configuration> {
    if (!this.configuration) {
      const issuer = new URL(this.settings.issuer);
      this.configuration = oidc
        .discovery(
          issuer,
          this.settings.clientId,
          undefined,
          oidc.ClientSecretBasic(this.settings.clientSecret),
          // Plain http only for a provider on this machine (tests, a local trial); anything else must use TLS.
          LOOPBACK.has(issuer.hostname) ? { execute: [oidc.allowInsecureRequests] } : undefined,
        )
        .catch((error: unknown) => {
          this.configuration = undefined;
          throw new OidcRefusal(
            'unreachable',
            t('ssoProviderUnreachable', { reason: error instanceof Error ? error.message : String(error) }),
          );
        });
    }
    return this.configuration;
  }

  async start(next: string): Promise<{ url: string; pending: PendingOidcLogin }> {
    const configuration = await this.configure();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const pending = { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier, next };
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.settings.redirectUri,
      scope: `openid profile email ${this.settings.roleClaim}`,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url: url.href, pending };
  }

  /** `query` is the callback's query string (after `?`); the claims merge the ID token and userinfo. */
  async finish(pending: PendingOidcLogin, query: string): Promise<OidcClaims> {
    const configuration = await this.configure();
    const callback = new URL(this.settings.redirectUri);
    callback.search = query;
    const params = callback.searchParams;
    if (params.get('state') !== pending.state) throw new OidcRefusal('state', t('ssoStateMismatch'));
    const error = params.get('error');
    if (error !== null)
      throw new OidcRefusal(
        'provider',
        t('ssoProviderRefused', { reason: params.get('error_description') ?? error }),
      );
    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    try {
      tokens = await oidc.authorizationCodeGrant(configuration, callback, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
    } catch (failure) {
      if (failedClaim(failure) === 'nonce') throw new OidcRefusal('nonce', t('ssoNonceMismatch'));
      throw new OidcRefusal('provider', t('ssoProviderRefused', { reason: innermostMessage(failure) }));
    }
    const idClaims = tokens.claims();
    if (!idClaims) throw new OidcRefusal('provider', t('ssoProviderRefused', { reason: 'geen ID-token' }));
    // Many providers put only `sub` in the ID token; names and groups come from the userinfo endpoint.
    const userinfo = await oidc.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
    return { ...userinfo, ...idClaims };
  }
}

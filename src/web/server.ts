/** @module The Fastify web app: security headers, static NL Design System CSS, `/health` and the pages (routes/dashboard-routes.ts). Reads the cube, never raw records. */
import { STRICT_CSP } from './content-security-policy.ts';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Clock } from '../access/clock.ts';
import { deliveryDatesFromMeta } from '../domain/delivery-sources.ts';
import type { SqlStore } from '../store/sql-store.ts';
import type { BuildStatus } from './build-status.ts';
import { registerCliJobRoute, type CliJobs } from './cli-job-route.ts';
import { cubeSummary } from './cube-summary.ts';
import { DEFAULT_BODY_LIMIT, registerErrorHandling } from './http-errors.ts';
import { registerAccessControl } from './route-access.ts';
import { registerAccessRoutes } from './routes/access-routes.ts';
import { registerApiRoutes } from './routes/api-routes.ts';
import { registerDashboardRoutes } from './routes/dashboard-routes.ts';
import { registerSocialReturnRoutes } from './routes/social-return-routes.ts';
import { registerThemeRoutes } from './routes/theme-routes.ts';
import { defaultTheme, type PageTheme } from './theme/page-theme.ts';
import { registerSsoRoutes } from './routes/sso-routes.ts';
import { registerSteeringEditRoutes } from './routes/steering-edit-routes.ts';
import type { OidcSettings } from '../access/oidc-settings.ts';
import { staticAssets } from './static-assets.ts';
import { registerOutlookRoutes } from './routes/outlook-routes.ts';
import { registerUploadRoutes, type UploadSettings } from './routes/upload-routes.ts';
import { createWriteQueue } from './write-queue.ts';

export interface WebDeps {
  readonly store: SqlStore;
  readonly version: string;
  /** When set, the CLI can hand write commands to this server (see cli-job-route.ts). */
  readonly cliJobs?: CliJobs;
  /** When set, a demo is being built in this process: pages and /health say how far it is. */
  readonly buildStatus?: BuildStatus;
  /** The municipality's look (`--theme <dir>`); default: the neutral theme. */
  readonly theme?: PageTheme;
  /** Where faults (500) are logged: one line each, without personal data (default: standard error). */
  readonly logError?: (line: string) => void;
  /** Time for sessions and login lockout (tests move it); default the system clock. */
  readonly clock?: Clock;
  /** `--behind-proxy`: the TLS proxy's address; X-Forwarded-Proto and -For are trusted from it only. */
  readonly trustedProxy?: string;
  /** Single sign-on with the organisation's OpenID Connect provider (`<data>/oidc.json`); off when absent. */
  readonly oidc?: OidcSettings;
  /** Browser uploads (`/gegevensleveringen/uploaden`): the server's open data folder and the size limit. */
  readonly uploads?: UploadSettings;
  /** Called with each upload job's completion (tests wait for it). */
  readonly onUploadJob?: (done: Promise<void>) => void;
}

/** Security headers on every response, error pages included. */
const SECURITY_HEADERS = {
  'content-security-policy': STRICT_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
} as const;

export function createWebServer(deps: WebDeps): FastifyInstance {
  const app = Fastify({
    logger: false,
    bodyLimit: DEFAULT_BODY_LIMIT,
    trustProxy: deps.trustedProxy ?? false,
  });
  // Requests with a body send JSON (the CLI hand-off); plain text is refused with 415 like any other type.
  app.removeContentTypeParser('text/plain');
  app.addHook('onSend', async (_request, reply) => {
    reply.headers(SECURITY_HEADERS);
  });
  registerErrorHandling(app, deps.logError ?? ((line) => process.stderr.write(`${line}\n`)));
  // Before any route: every route registered from here on needs a `config.access` declaration (deny by default).
  registerAccessControl(app, { store: deps.store, ...(deps.clock ? { clock: deps.clock } : {}) });
  registerAccessRoutes(app, {
    store: deps.store,
    ...(deps.clock ? { clock: deps.clock } : {}),
    ...(deps.oidc ? { ssoOrganisation: deps.oidc.organisation } : {}),
  });
  if (deps.oidc)
    registerSsoRoutes(app, {
      store: deps.store,
      oidc: deps.oidc,
      ...(deps.clock ? { clock: deps.clock } : {}),
    });
  registerThemeRoutes(app, deps.theme ?? defaultTheme());

  app.get('/health', { config: { access: 'public' } }, async () => {
    const [counts] = await deps.store.all<{ batches: number }>(
      "SELECT count(*) AS batches FROM batch WHERE status = 'stored'",
    );
    // The same counts, in the same words, as the demo's build log (cube-summary.ts).
    const cube = await cubeSummary(deps.store);
    const meta = await deps.store.all<{ key: string; value: string }>('SELECT key, value FROM meta');
    const get = (key: string) => meta.find((m) => m.key === key)?.value ?? null;
    const build = deps.buildStatus;
    return {
      status: build?.health ?? 'ok',
      ...(build && build.state.step !== 'ready'
        ? { build: { step: build.state.step, seconds: build.elapsedSeconds() } }
        : {}),
      version: deps.version,
      gemeente: get('gemeente'),
      deliveryDate: get('delivery_date'),
      // Per source (claim, provision, benefit, population, households): the date its data run up to.
      deliveryDates: deliveryDatesFromMeta(meta),
      indicators: cube.indicators,
      indicatorsWithValues: cube.indicatorsWithValues,
      indicatorValues: cube.indicatorValues,
      batches: counts?.batches ?? 0,
    };
  });

  app.get<{ Params: { name: string } }>(
    '/static/:name',
    { config: { access: 'public' } },
    async (request, reply) => {
      const css = staticAssets().get(request.params.name);
      if (css === undefined) return reply.callNotFound();
      // Stylesheets, and the upload page's one script (upload-progress.js).
      const type = request.params.name.endsWith('.js') ? 'text/javascript' : 'text/css';
      return reply.type(`${type}; charset=utf-8`).header('cache-control', 'public, max-age=3600').send(css);
    },
  );

  registerDashboardRoutes(app, { store: deps.store, buildStatus: deps.buildStatus });

  registerSocialReturnRoutes(app, deps.store);
  registerOutlookRoutes(app, deps.store);
  registerApiRoutes(app, { store: deps.store, version: deps.version });

  registerSteeringEditRoutes(app, { store: deps.store, ...(deps.clock ? { clock: deps.clock } : {}) });

  // Handed-over CLI commands and browser uploads write through one queue, one at a time.
  const writes = createWriteQueue();
  registerUploadRoutes(app, {
    uploads: deps.uploads,
    writes,
    buildStatus: deps.buildStatus,
    clock: deps.clock,
    onJob: deps.onUploadJob,
  });

  if (deps.cliJobs) registerCliJobRoute(app, deps.cliJobs, writes);

  return app;
}

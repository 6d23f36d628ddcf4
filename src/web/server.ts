/** @module The Fastify web app: security headers, static NL Design System CSS, `/health` and the pages (routes/dashboard-routes.ts). Reads the cube, never raw records. */
import Fastify, { type FastifyInstance } from 'fastify';
import { deliveryDatesFromMeta } from '../domain/delivery-sources.ts';
import type { SqlStore } from '../store/sql-store.ts';
import type { BuildStatus } from './build-status.ts';
import { registerCliJobRoute, type CliJobs } from './cli-job-route.ts';
import { cubeSummary } from './cube-summary.ts';
import { DEFAULT_BODY_LIMIT, registerErrorHandling } from './http-errors.ts';
import { registerDashboardRoutes } from './routes/dashboard-routes.ts';
import { staticAssets } from './static-assets.ts';

export interface WebDeps {
  readonly store: SqlStore;
  readonly version: string;
  /** When set, the CLI can hand write commands to this server (see cli-job-route.ts). */
  readonly cliJobs?: CliJobs;
  /** When set, a demo is being built in this process: pages and /health say how far it is. */
  readonly buildStatus?: BuildStatus;
  /** Where faults (500) are logged: one line each, without personal data (default: standard error). */
  readonly logError?: (line: string) => void;
}

/** Strict CSP: no script at all, styles and images only from this origin (SVG charts are inline markup, not scripts). */
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
} as const;

export function createWebServer(deps: WebDeps): FastifyInstance {
  const app = Fastify({ logger: false, bodyLimit: DEFAULT_BODY_LIMIT });
  // Requests with a body send JSON (the CLI hand-off); plain text is refused with 415 like any other type.
  app.removeContentTypeParser('text/plain');
  app.addHook('onSend', async (_request, reply) => {
    reply.headers(SECURITY_HEADERS);
  });
  registerErrorHandling(app, deps.logError ?? ((line) => process.stderr.write(`${line}\n`)));

  app.get('/health', async () => {
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

  app.get<{ Params: { name: string } }>('/static/:name', async (request, reply) => {
    const css = staticAssets().get(request.params.name);
    if (css === undefined) return reply.callNotFound();
    return reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(css);
  });

  registerDashboardRoutes(app, { store: deps.store, buildStatus: deps.buildStatus });

  if (deps.cliJobs) registerCliJobRoute(app, deps.cliJobs);

  return app;
}

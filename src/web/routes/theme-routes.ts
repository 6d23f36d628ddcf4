/** @module The theme on the server: every request renders with it (page-theme.ts), and its stylesheet and logo are served from the server itself under `/theme/` (the CSP allows nothing else). */
import type { FastifyInstance } from 'fastify';
import { withPageTheme, type PageTheme } from '../theme/page-theme.ts';

/** A changed theme gets a new address (content hash), so a cached copy never outlives it. */
const CACHE = 'public, max-age=86400';

export function registerThemeRoutes(app: FastifyInstance, theme: PageTheme): void {
  app.addHook('onRequest', (_request, _reply, done) => withPageTheme(theme, done));

  // One public route for the theme's files (access control's allow-list names it): the stylesheet and the logo.
  const logo = theme.logo;
  const logoFile = logo?.url.split('?')[0]?.slice('/theme/'.length);
  app.get<{ Params: { asset: string } }>(
    '/theme/:asset',
    { config: { access: 'public' } },
    async (request, reply) => {
      if (request.params.asset === 'theme.css')
        return reply.type('text/css; charset=utf-8').header('cache-control', CACHE).send(theme.css);
      if (logo && request.params.asset === logoFile)
        return reply.type(logo.contentType).header('cache-control', CACHE).send(logo.data);
      return reply.callNotFound();
    },
  );
}

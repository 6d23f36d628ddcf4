/** @module The /prognose route: reads the outlook for the filters in the URL (indicator, area, periodKind, funnel, year) and renders the page; a filter that is not valid is refused with 400 and a Dutch message. */
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { PERIOD_KINDS, type PeriodKind } from '../../domain/period.ts';
import { readOutlook } from '../../engine/outlook-read-service.ts';
import { HttpError } from '../../errors.ts';
import type { SqlStore } from '../../store/sql-store.ts';
import { renderOutlookCharts } from '../../views/outlook-charts.ts';
import { OutlookPage } from '../pages/outlook-page.tsx';
import { renderDocument } from '../render-page.ts';

interface OutlookQuery {
  indicator?: string;
  area?: string;
  periodKind?: string;
  funnel?: string;
  year?: string;
}

/** Checks the filters; unknown indicators and areas fall back to the defaults (the page shows what it chose). */
function parseQuery(query: OutlookQuery) {
  const kind = query.periodKind;
  if (
    kind !== undefined &&
    kind !== '' &&
    (!(PERIOD_KINDS as readonly string[]).includes(kind) || kind === 'half')
  )
    // The query value is not echoed: a query may hold anything a user typed.
    throw new HttpError(
      400,
      'De periodesoort kan niet: kies jaar, kwartaal of maand (year, quarter, month).',
    );
  const year = query.year === undefined || query.year === '' ? undefined : Number(query.year);
  if (year !== undefined && (!Number.isInteger(year) || year < 1900 || year > 2200))
    throw new HttpError(400, 'Het begrotingsjaar is geen jaar: gebruik bijvoorbeeld 2025.');
  return {
    indicator: query.indicator || undefined,
    area: query.area || undefined,
    periodKind: (kind || undefined) as PeriodKind | undefined,
    funnel: query.funnel || undefined,
    year,
  };
}

export function registerOutlookRoutes(app: FastifyInstance, store: SqlStore): void {
  app.get<{ Querystring: OutlookQuery }>(
    '/prognose',
    { config: { access: 'viewer' } },
    async (request, reply) => {
      const data = await readOutlook(store, parseQuery(request.query));
      const charts = await renderOutlookCharts(data);
      return reply.type('text/html; charset=utf-8').send(renderDocument(h(OutlookPage, { data, charts })));
    },
  );
}

/**
 * @module The dashboard's pages: `/` (goal tree, key figures, freshness), `/doel/<id>`, `/effect/<id>`,
 * `/indicator/<id>`, `/domein/<domein>`, `/wijk/<code>` and `/data`. Filters are URL parameters (a GET form), every
 * page with figures answers `?format=csv|xlsx` with exactly the tables it shows, and unknown ids, areas or periods get
 * the Dutch 404/400 page. Pages read the cube and the goal-tree status only (never raw records); rendered pages,
 * charts and maps are kept per data version (cube-version.ts).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FeatureCollection, Geometry } from 'geojson';
import { h } from 'preact';
import type { IndicatorValueOut } from '../../engine/indicator-query.ts';
import { HttpError, isGoalTreeError } from '../../errors.ts';
import type { IndicatorDomain } from '../../domain/indicator-definition.ts';
import { parsePeriod, PERIOD_KINDS } from '../../domain/period.ts';
import { PERIOD_KIND_NAMES } from '../../domain/query-reasons.ts';
import { countQuarantine, listBatches, listQuarantine } from '../../ingest/batch-report.ts';
import { requireTree } from '../../steering/goal-tree-service.ts';
import { defaultSteeringPeriod } from '../../steering/steering-period.ts';
import { steeringStatus, type SteeringNode, type SteeringView } from '../../steering/steering-status.ts';
import type { SqlStore } from '../../store/sql-store.ts';
import { dutchCsv } from '../../views/csv-export-writer.ts';
import { t } from '../../views/messages.ts';
import { xlsxWorkbook } from '../../views/xlsx-export-writer.ts';
import { buildNotice } from '../build-notice.ts';
import { mayEdit } from '../edit-access.ts';
import type { BuildStatus } from '../build-status.ts';
import { VersionedCache, versionReader } from '../cube-version.ts';
import { loadDashboardContext, type DashboardArea, type DashboardContext } from '../dashboard-context.ts';
import {
  resolveAreaParam,
  resolveBreakdownParam,
  resolvePeriodKind,
  resolvePeriodParam,
  type FilterParams,
} from '../dashboard-filters.ts';
import { cachedHomePage } from '../home-page-cache.ts';
import { pageValues, type Audience } from '../page-values.ts';
import { renderDocument } from '../render-page.ts';
import { auditRequest } from '../request-audit.ts';
import { DataPage } from '../pages/data-page.tsx';
import {
  DOWNLOAD_HEADER,
  downloadNote,
  downloadRows,
  type FigureTableModel,
} from '../pages/figure-table.tsx';
import type { FilterChoice } from '../pages/filter-form.tsx';
import { HomePage, type HomePageProps } from '../pages/home-page.tsx';
import { IndicatorPage, filterParams } from '../pages/indicator-page.tsx';
import { loadIndicatorPage } from '../pages/indicator-page-data.ts';
import { NodePage } from '../pages/node-page.tsx';
import { combinationMatrix, indicatorRows, yearlyTotals, yearsOf } from '../pages/overview-data.ts';
import { OverviewPage } from '../pages/overview-page.tsx';

export interface DashboardDeps {
  readonly store: SqlStore;
  readonly buildStatus?: BuildStatus | undefined;
  /** Whose values the pages show: `published` (default) until login and roles decide per user. */
  readonly audience?: Audience;
}

type Query = FilterParams & { format?: string };

const DOMAINS: Record<string, IndicatorDomain> = {
  jeugd: 'youth',
  wmo: 'support',
  participatie: 'participation',
  integraal: 'integral',
};
const DOMAIN_NAMES: Record<IndicatorDomain, string> = {
  youth: 'Jeugd',
  support: 'Wmo',
  participation: 'Participatie',
  integral: 'Integraal',
};

const HTML = 'text/html; charset=utf-8';

/** The integraal page's summary of stapeling: households, and costs, with more than one law. */
const MULTI_LAW_SHARES: readonly string[] = [
  'integral.households.multiLaw.share',
  'integral.cost.multiLaw.share',
];

/** `csv`, `xlsx` or undefined for the page itself; anything else is a 400. */
function formatOf(query: Query): 'csv' | 'xlsx' | undefined {
  const format = query.format?.trim();
  if (format === undefined || format === '' || format === 'html') return undefined;
  if (format === 'csv' || format === 'xlsx') return format;
  throw new HttpError(400, t('dashUnknownFormat', { format: format.slice(0, 20) }));
}

/** Sends the tables a page shows as a download: CSV (Dutch Excel) or an XLSX workbook with a note sheet. */
async function sendDownload(
  store: SqlStore,
  request: FastifyRequest,
  reply: FastifyReply,
  format: 'csv' | 'xlsx',
  name: string,
  tables: readonly FigureTableModel[],
): Promise<FastifyReply> {
  const rows = downloadRows(tables);
  const file = `msd-${name.replace(/[^A-Za-z0-9._-]+/g, '-')}.${format}`;
  await auditRequest(store, request, 'download', file);
  reply.header('content-disposition', `attachment; filename="${file}"`).header('cache-control', 'no-store');
  if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(dutchCsv(DOWNLOAD_HEADER, rows));
  const workbook = await xlsxWorkbook(
    'Cijfers',
    DOWNLOAD_HEADER.map((header) => ({ header, numeric: header === 'waarde' })),
    rows,
    [downloadNote()],
  );
  return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(workbook);
}

/** The URL without `format`, parameters sorted: the cache key of a page. */
function pageKey(path: string, query: Query): string {
  const entries = Object.entries(query)
    .filter(([key, value]) => key !== 'format' && typeof value === 'string')
    .sort(([a], [b]) => a.localeCompare(b));
  return `${path}?${new URLSearchParams(entries as [string, string][]).toString()}`;
}

export function registerDashboardRoutes(app: FastifyInstance, deps: DashboardDeps): void {
  const { store } = deps;
  const audience: Audience = deps.audience ?? 'published';
  const cache = new VersionedCache<unknown>();
  const cubeVersion = versionReader(store);
  const cached = <T>(version: string, key: string, compute: () => Promise<T>): Promise<T> =>
    cache.get(version, key, compute) as Promise<T>;

  const contextOf = (version: string) => cached(version, 'context', () => loadDashboardContext(store));
  const totalsOf = (version: string, context: DashboardContext, indicator: string) =>
    cached(version, `totals:${indicator}`, () =>
      pageValues(store, { indicator, breakdown: '' }, context.catalogue, audience),
    );
  const yearlyOf = (version: string, context: DashboardContext, indicator: string) =>
    cached(version, `yearly:${indicator}`, () => yearlyTotals(store, context, indicator, audience));
  const boundariesOf = (version: string, context: DashboardContext) =>
    cached(version, 'boundaries', async (): Promise<FeatureCollection<Geometry | null>> => {
      const rows = await store.all<{ code: string; geojson: string }>(
        'SELECT code, geojson FROM area_boundary ORDER BY code',
      );
      const byCode = new Map(context.areas.map((a) => [a.code, a]));
      return {
        type: 'FeatureCollection',
        features: rows.flatMap((r) => {
          const area = byCode.get(r.code);
          if (!area || (area.level !== 'wijk' && area.level !== 'gemeente')) return [];
          return [
            {
              type: 'Feature' as const,
              id: r.code,
              properties: { code: r.code, name: area.name, level: area.level },
              geometry: JSON.parse(r.geojson) as Geometry,
            },
          ];
        }),
      };
    });
  /** The goal tree's status for a period and area; a note instead when there is no tree or no period. */
  const steeringOf = (version: string, context: DashboardContext, period: string, area: string) =>
    cached(version, `steering:${period}:${area}`, async (): Promise<SteeringView | { note: string }> => {
      try {
        return await steeringStatus(store, { period, area, catalogue: context.catalogue });
      } catch (error) {
        if (isGoalTreeError(error)) return { note: t('dashNoTree') };
        throw error;
      }
    });
  /** The latest goal tree, or undefined when there is none. */
  const treeOf = (version: string) =>
    cached(version, 'tree', async () => {
      try {
        return (await requireTree(store)).tree;
      } catch (error) {
        if (isGoalTreeError(error)) return undefined;
        throw error;
      }
    });
  /** The steering period of `periode` (default: the latest year with final figures). */
  const steeringPeriod = async (input: string | undefined): Promise<string | undefined> => {
    if (input === undefined || input.trim() === '') return defaultSteeringPeriod(store);
    const period = parsePeriod(input);
    if (!period)
      throw new HttpError(400, t('dashBadFilter', { reason: `ongeldige periode "${input.slice(0, 20)}"` }));
    return period.id;
  };
  /** A page from the cache of this data version, or rendered now. */
  const page = (version: string, key: string, render: () => Promise<string>) =>
    cached(version, `page:${key}`, render);

  // --- / : goal tree, key figures (kept by home-page-cache.ts, with the build notice), freshness ---
  const homeCards = cachedHomePage(store, () => deps.buildStatus?.building === true);
  app.get('/', { config: { access: 'viewer' } }, async (_request, reply) => {
    const notice = buildNotice(deps.buildStatus);
    // While a demo builds, the cube changes often: the key figures come from home-page-cache.ts (answering at once
    // with the last ones) and the goal tree follows once the build is done.
    if (deps.buildStatus?.building === true) {
      const props = await homeCards();
      return reply.type(HTML).send(renderDocument(h(HomePage, notice ? { ...props, notice } : props)));
    }
    const version = await cubeVersion();
    const html = await page(version, `home:${notice?.text ?? ''}`, async () => {
      const context = await contextOf(version);
      const period = await defaultSteeringPeriod(store);
      const view =
        period === undefined
          ? { note: t('dashNoSteeringPeriod') }
          : await steeringOf(version, context, period, context.gemeente.code);
      const steering: HomePageProps['steering'] = 'note' in view ? view : { view };
      const props = await homeCards();
      return renderDocument(h(HomePage, { ...props, steering, ...(notice ? { notice } : {}) }));
    });
    return reply.type(HTML).send(html);
  });

  // --- /data: deliveries, quarantine and freshness per source ---
  app.get('/data', { config: { access: 'analyst' } }, async (_request, reply) => {
    const version = await cubeVersion();
    const html = await page(version, 'data', async () => {
      const [batches, quarantine, quarantineTotal, context] = await Promise.all([
        listBatches(store),
        listQuarantine(store, { limit: 500 }),
        countQuarantine(store),
        contextOf(version),
      ]);
      return renderDocument(
        h(DataPage, { batches, quarantine, quarantineTotal, deliveryDates: context.deliveryDates }),
      );
    });
    return reply.type(HTML).send(html);
  });

  // --- /doel/<id>, /effect/<id> ---
  const nodeRoute = (kind: 'goal' | 'effect', segment: string) =>
    app.get<{ Params: { id: string }; Querystring: Query }>(
      `/${segment}/:id`,
      { config: { access: 'viewer' } },
      async (request, reply) => {
        const version = await cubeVersion();
        const context = await contextOf(version);
        const area = resolveAreaParam(request.query.gebied, context.areas, context.gemeente);
        const period = await steeringPeriod(request.query.periode);
        if (period === undefined) throw new HttpError(404, t('dashNoSteeringPeriod'));
        // Policy users and up see edit links: the page is kept per data version and per that choice.
        const canEdit = mayEdit(request.identity);
        const html = await page(
          version,
          `${pageKey(request.url.split('?')[0] ?? '', request.query)}:${canEdit ? 'edit' : 'view'}`,
          async () => {
            const view = await steeringOf(version, context, period, area.code);
            if ('note' in view) throw new HttpError(404, view.note);
            const node = findNode(view.root, request.params.id, kind);
            if (!node)
              throw new HttpError(
                404,
                t('dashUnknownNode', {
                  version: view.version,
                  kind: t(kind === 'goal' ? 'dashGoal' : 'dashEffect').toLowerCase(),
                  id: request.params.id.slice(0, 60),
                }),
              );
            const years = (await yearlyOf(version, context, 'youth.clients')).map((v) => v.period);
            const choices: FilterChoice[] = [
              yearChoice([...new Set([...years, period])].sort(), period),
              areaChoice(context.areas, area),
            ];
            return renderDocument(
              h(NodePage, {
                node,
                view,
                choices,
                path: `/${segment}/${encodeURIComponent(node.id)}`,
                areaName: area.name,
                canEdit,
              }),
            );
          },
        );
        return reply.type(HTML).send(html);
      },
    );
  nodeRoute('goal', 'doel');
  nodeRoute('effect', 'effect');

  // --- /indicator/<id> ---
  app.get<{ Params: { id: string }; Querystring: Query }>(
    '/indicator/:id',
    { config: { access: 'viewer' } },
    async (request, reply) => {
      const format = formatOf(request.query);
      const version = await cubeVersion();
      const context = await contextOf(version);
      const indicator = context.indicators.find((i) => i.id === request.params.id);
      if (!indicator)
        throw new HttpError(404, t('dashUnknownIndicator', { id: request.params.id.slice(0, 80) }));
      const totals = await totalsOf(version, context, indicator.id);
      // The period kinds and periods with values, worked out once per data version (every request needs them).
      const { kinds, available } = await cached(version, `periods:${indicator.id}`, async () => {
        const periods = [...new Set(totals.map((v) => v.period))].sort();
        const running = new Set(
          totals
            .filter((v) => v.area === context.gemeente.code && v.status === 'running')
            .map((v) => v.period),
        );
        const kindsWithValues = new Set(periods.map((p) => parsePeriod(p)?.kind));
        return {
          kinds: indicator.definition?.periodKinds ?? PERIOD_KINDS.filter((k) => kindsWithValues.has(k)),
          available: periods.map((period) => ({ period, running: running.has(period) })),
        };
      });
      const periodKind = resolvePeriodKind(
        request.query.soort,
        kinds.length > 0 ? kinds : ['year'],
        indicator.id,
      );
      const filters = {
        periodKind,
        period: resolvePeriodParam(request.query.periode, periodKind, available),
        area: resolveAreaParam(request.query.gebied, context.areas, context.gemeente),
        breakdown: resolveBreakdownParam(request.query.uitsplitsing, indicator.definition, indicator.id),
      };
      const key = `indicator:${indicator.id}:${periodKind}:${filters.period ?? ''}:${filters.area.code}:${filters.breakdown}`;
      const data = await cached(version, key, async () => {
        const steering =
          filters.period === undefined
            ? undefined
            : await steeringOf(version, context, filters.period, filters.area.code);
        const loaded = await loadIndicatorPage({
          store,
          context,
          indicator,
          filters,
          kinds,
          audience,
          boundaries: await boundariesOf(version, context),
          steering: steering && !('note' in steering) ? steering : undefined,
          tree: await treeOf(version),
          totals,
        });
        return loaded.emptyReason === null
          ? loaded
          : { ...loaded, emptyReason: t('dashNoValuesOfKind', { kind: PERIOD_KIND_NAMES[periodKind].one }) };
      });
      if (format) {
        const forecast = data.forecast && 'table' in data.forecast ? data.forecast.table : null;
        const tables = [data.seriesTable, forecast, data.areaTable, data.breakdownTable].filter(
          (x): x is FigureTableModel => x !== null,
        );
        const params = filterParams(data);
        return sendDownload(
          store,
          request,
          reply,
          format,
          [indicator.id, params.soort, params.periode, params.gebied, params.uitsplitsing]
            .filter(Boolean)
            .join('-'),
          tables,
        );
      }
      // Policy users and up see edit links: the page is kept per data version and per that choice.
      const canEdit = mayEdit(request.identity);
      const html = await page(version, `${key}:${canEdit ? 'edit' : 'view'}`, async () =>
        renderDocument(h(IndicatorPage, { data, context, canEdit })),
      );
      return reply.type(HTML).send(html);
    },
  );

  // --- /domein/<domein> ---
  app.get<{ Params: { domain: string }; Querystring: Query }>(
    '/domein/:domain',
    { config: { access: 'viewer' } },
    async (request, reply) => {
      const format = formatOf(request.query);
      const domain = DOMAINS[request.params.domain.toLowerCase()];
      if (!domain)
        throw new HttpError(404, t('dashUnknownDomain', { domain: request.params.domain.slice(0, 40) }));
      const version = await cubeVersion();
      const context = await contextOf(version);
      const area = resolveAreaParam(request.query.gebied, context.areas, context.gemeente);
      const indicators = context.indicators.filter((i) => i.definition?.domain === domain);
      const values = new Map<string, IndicatorValueOut[]>();
      for (const i of indicators) values.set(i.id, await yearlyOf(version, context, i.id));
      const { years, latestSettled } = yearsOf([...values.values()].flat());
      const year = yearParam(request.query.periode, years, latestSettled);
      const columns: DashboardArea[] =
        area.code === context.gemeente.code ? [context.gemeente] : [context.gemeente, area];
      const name = DOMAIN_NAMES[domain];
      const tables: { heading: string; table: FigureTableModel; note?: string }[] = [];
      if (year !== undefined) {
        const shown = indicators.filter((i) => (values.get(i.id) ?? []).length > 0);
        tables.push({
          heading: t('dashDomainTable', { domain: name, year }),
          table: {
            id: 'indicatoren',
            caption: t('dashDomainTable', { domain: name, year }),
            rowHeading: t('dashIndicator'),
            columns: columns.map((a) => a.name),
            rows: indicatorRows(shown, values, columns, year),
          },
        });
        if (domain === 'integral') {
          const matrix = await cached(version, `matrix:${year}:${area.code}`, () =>
            combinationMatrix(store, context, year, area, audience),
          );
          // The share of households, and of the costs, with more than one law: stapeling at a glance.
          const shares = shown.filter((i) => MULTI_LAW_SHARES.includes(i.id));
          const shareTable: FigureTableModel = {
            id: 'meer-wetten',
            caption: t('dashMultiLawCaption', { year }),
            rowHeading: t('dashIndicator'),
            columns: columns.map((a) => a.name),
            rows: indicatorRows(shares, values, columns, year),
          };
          tables.unshift(
            ...(matrix ? [{ heading: t('dashCombinationHeading'), table: matrix }] : []),
            ...(shares.length > 0 ? [{ heading: t('dashMultiLawHeading'), table: shareTable }] : []),
          );
        }
      }
      if (format)
        return sendDownload(
          store,
          request,
          reply,
          format,
          `domein-${request.params.domain}-${year ?? ''}-${area.code}`,
          tables.map((x) => x.table),
        );
      const html = await page(version, pageKey(`/domein/${domain}`, request.query), async () =>
        renderDocument(
          h(OverviewPage, {
            title: t('dashDomainTitle', { domain: name }),
            lead: t(area.code === context.gemeente.code ? 'dashDomainLeadGemeente' : 'dashDomainLead', {
              year: year ?? '',
              area: area.name,
            }),
            path: `/domein/${request.params.domain.toLowerCase()}`,
            params: { periode: year, gebied: area.code },
            choices: [yearChoice(years, year ?? ''), areaChoice(context.areas, area)],
            tables,
            emptyReason: t('dashNoYears'),
          }),
        ),
      );
      return reply.type(HTML).send(html);
    },
  );

  // --- /wijk/<code> ---
  app.get<{ Params: { code: string }; Querystring: Query }>(
    '/wijk/:code',
    { config: { access: 'viewer' } },
    async (request, reply) => {
      const format = formatOf(request.query);
      const version = await cubeVersion();
      const context = await contextOf(version);
      const area = context.areas.find((a) => a.code.toUpperCase() === request.params.code.toUpperCase());
      if (!area) throw new HttpError(404, t('dashUnknownArea', { code: request.params.code.slice(0, 40) }));
      const values = new Map<string, IndicatorValueOut[]>();
      for (const i of context.indicators) values.set(i.id, await yearlyOf(version, context, i.id));
      const { years, latestSettled } = yearsOf([...values.values()].flat());
      const year = yearParam(request.query.periode, years, latestSettled);
      const columns = area.code === context.gemeente.code ? [context.gemeente] : [area, context.gemeente];
      const tables: { heading: string; table: FigureTableModel }[] = [];
      if (year !== undefined) {
        const shown = context.indicators.filter((i) =>
          (values.get(i.id) ?? []).some((v) => v.area === area.code),
        );
        const caption = t('dashWijkTable', { area: area.name, gemeente: context.gemeente.name, year });
        tables.push({
          heading: caption,
          table: {
            id: 'wijkprofiel',
            caption,
            rowHeading: t('dashIndicator'),
            columns: columns.map((a) => a.name),
            rows: indicatorRows(shown, values, columns, year),
          },
        });
      }
      if (format)
        return sendDownload(
          store,
          request,
          reply,
          format,
          `wijk-${area.code}-${year ?? ''}`,
          tables.map((x) => x.table),
        );
      const html = await page(version, pageKey(`/wijk/${area.code}`, request.query), async () =>
        renderDocument(
          h(OverviewPage, {
            title: t('dashWijkTitle', { area: area.name }),
            lead: t('dashWijkLead', { year: year ?? '', area: area.name, gemeente: context.gemeente.name }),
            path: `/wijk/${encodeURIComponent(area.code)}`,
            params: { periode: year },
            choices: [yearChoice(years, year ?? '')],
            tables,
            emptyReason: t('dashNoYears'),
          }),
        ),
      );
      return reply.type(HTML).send(html);
    },
  );
}

/** The node with this id and kind anywhere in the tree. */
function findNode(node: SteeringNode, id: string, kind: 'goal' | 'effect'): SteeringNode | undefined {
  if (node.id === id && node.kind === kind) return node;
  for (const child of node.children) {
    const found = findNode(child, id, kind);
    if (found) return found;
  }
  return undefined;
}

/** The year of `periode` among `years` (default the latest settled one); another value is a 400 naming the range. */
function yearParam(
  input: string | undefined,
  years: readonly string[],
  fallback: string | undefined,
): string | undefined {
  if (input === undefined || input.trim() === '') return fallback;
  return resolvePeriodParam(
    input,
    'year',
    years.map((p) => ({ period: p, running: false })),
  );
}

const yearChoice = (years: readonly string[], selected: string): FilterChoice => ({
  name: 'periode',
  label: t('dashYear'),
  selected,
  options: [...years].reverse().map((y) => ({ value: y, label: y })),
});

const areaChoice = (areas: readonly DashboardArea[], selected: DashboardArea): FilterChoice => ({
  name: 'gebied',
  label: t('area'),
  selected: selected.code,
  options: areas.map((a) => ({ value: a.code, label: a.name })),
});

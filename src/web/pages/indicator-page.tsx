/** @module `/indicator/<id>`: one indicator with its Dutch definition, filters, time series (chart and table), wijk map and table, breakdown, the goal-tree nodes steering on it (status, sentence, narrative), "hoe berekend" and downloads. */
import type { JSX } from 'preact';
import { PERIOD_KIND_NAMES } from '../../domain/query-reasons.ts';
import { formatDate, formatNumber, t, type Locale } from '../../views/messages.ts';
import { breakdownLabel } from '../../views/table-labels.ts';
import type { DashboardContext } from '../dashboard-context.ts';
import { periodKindParam } from '../dashboard-filters.ts';
import { EditLinks } from './edit-links.tsx';
import { FigureTable } from './figure-table.tsx';
import { DownloadLinks, FilterForm, type FilterChoice } from './filter-form.tsx';
import type { IndicatorPageData } from './indicator-page-data.ts';
import { PageLayout } from './page-layout.tsx';
import { StatusBadge } from '../../views/status-badge.tsx';
import { ForecastFigure } from '../../views/forecast-figure.tsx';

const ORIGIN_KEYS = {
  computed: 'dashOriginComputed',
  local: 'dashOriginLocal',
  imported: 'dashOriginImported',
} as const;

const SOURCE_KEYS = {
  claim: 'dashSourceClaim',
  provision: 'dashSourceProvision',
  benefit: 'dashSourceBenefit',
  population: 'dashSourcePopulation',
  households: 'dashSourceHouseholds',
} as const;

export function filterParams(data: IndicatorPageData): Record<string, string | undefined> {
  return {
    soort: periodKindParam(data.filters.periodKind),
    periode: data.filters.period,
    gebied: data.filters.area.code,
    uitsplitsing: data.filters.breakdown === '' ? undefined : data.filters.breakdown,
  };
}

export function IndicatorPage({
  data,
  context,
  canEdit = false,
  locale = 'nl',
}: {
  data: IndicatorPageData;
  context: DashboardContext;
  /** The user may edit (policy and up): links to set the target and edit each node's narrative for this period. */
  canEdit?: boolean;
  locale?: Locale;
}): JSX.Element {
  const { indicator, filters } = data;
  const definition = indicator.definition;
  const path = `/indicator/${encodeURIComponent(indicator.id)}`;
  const choices: FilterChoice[] = [
    {
      name: 'soort',
      label: t('dashPeriodKind', {}, locale),
      selected: periodKindParam(filters.periodKind),
      options: data.kinds.map((k) => ({ value: periodKindParam(k), label: PERIOD_KIND_NAMES[k].one })),
    },
    {
      name: 'periode',
      label: t('dashPeriod', {}, locale),
      selected: filters.period ?? '',
      options: [...data.periods].reverse().map((p) => ({ value: p, label: p })),
    },
    {
      name: 'gebied',
      label: t('area', {}, locale),
      selected: filters.area.code,
      options: context.areas.map((a) => ({ value: a.code, label: a.name })),
    },
  ];
  const keys = definition?.breakdowns ?? [];
  if (keys.length > 0) {
    choices.push({
      name: 'uitsplitsing',
      label: t('dashBreakdown', {}, locale),
      selected: filters.breakdown === '' ? 'geen' : filters.breakdown,
      options: [
        { value: 'geen', label: t('dashNoBreakdown', {}, locale) },
        ...keys.map((k) => ({ value: k, label: breakdownLabel(k, '', locale).replace(/: $/, '') })),
      ],
    });
  }
  return (
    <PageLayout title={indicator.name} locale={locale}>
      <nav aria-label={t('dashBreadcrumb', {}, locale)} class="msd-breadcrumb">
        <a class="utrecht-link" href="/">
          {t('navHome', {}, locale)}
        </a>
        {definition ? (
          <>
            {' › '}
            <a class="utrecht-link" href={`/domein/${domainSlug(definition.domain)}`}>
              {t('dashDomainTitle', { domain: domainName(definition.domain) }, locale)}
            </a>
          </>
        ) : null}
      </nav>
      <h1 class="utrecht-heading-1">{indicator.name}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">
        {definition?.definitionNl ?? t('dashImportedNoDefinition', {}, locale)}
      </p>
      <FilterForm action={path} choices={choices} locale={locale} />
      {data.retentionNote ? <p class="utrecht-paragraph msd-notes">{data.retentionNote}</p> : null}
      {data.emptyReason ? (
        <div class="utrecht-alert utrecht-alert--info" role="status">
          <p class="utrecht-paragraph">{data.emptyReason}</p>
        </div>
      ) : (
        <>
          <h2 class="utrecht-heading-2">{t('dashSeriesHeading', { area: filters.area.name }, locale)}</h2>
          {data.seriesChartSvg ? (
            <figure
              class="utrecht-figure msd-chart"
              dangerouslySetInnerHTML={{ __html: data.seriesChartSvg }}
            />
          ) : (
            <p class="utrecht-paragraph">{t('dashChartAllHidden', { area: filters.area.name }, locale)}</p>
          )}
          {data.seriesTable ? <FigureTable table={data.seriesTable} locale={locale} /> : null}
          {data.forecast ? (
            <section class="msd-forecast-section" aria-labelledby="prognose-heading">
              <h3 class="utrecht-heading-3" id="prognose-heading">
                {t(
                  'forecastHeading',
                  { kind: PERIOD_KIND_NAMES[filters.periodKind].one, area: filters.area.name },
                  locale,
                )}
              </h3>
              {'reason' in data.forecast ? (
                <p class="utrecht-paragraph">{data.forecast.reason}</p>
              ) : (
                <ForecastFigure view={data.forecast.view} chartSvg={data.forecast.chartSvg} />
              )}
            </section>
          ) : null}
          {data.goalNodes.some((n) => n.target !== null || n.baseline !== null) ? (
            <ul class="utrecht-unordered-list msd-targets">
              {data.goalNodes.map((n) => (
                <>
                  {n.baseline ? (
                    <li>
                      {t(
                        'dashBaseline',
                        { period: n.baseline.period, value: formatNumber(n.baseline.value, locale) },
                        locale,
                      )}
                    </li>
                  ) : null}
                  {n.target !== null ? (
                    <li>
                      {t(
                        'dashTarget',
                        { period: filters.period ?? '', value: formatNumber(n.target, locale) },
                        locale,
                      )}
                    </li>
                  ) : null}
                </>
              ))}
            </ul>
          ) : null}
          <h2 class="utrecht-heading-2">{t('dashAreasHeading', { period: filters.period ?? '' }, locale)}</h2>
          {data.mapSvg ? (
            <figure class="utrecht-figure msd-map" dangerouslySetInnerHTML={{ __html: data.mapSvg }} />
          ) : null}
          {data.areaTable ? <FigureTable table={data.areaTable} locale={locale} /> : null}
          {data.breakdownTable ? (
            <>
              <h2 class="utrecht-heading-2">
                {t('dashBreakdownHeading', { area: filters.area.name, period: filters.period ?? '' }, locale)}
              </h2>
              {data.breakdownTable.rows.length === 0 ? (
                <p class="utrecht-paragraph">{t('dashNoBreakdownValues', {}, locale)}</p>
              ) : (
                <FigureTable table={data.breakdownTable} locale={locale} />
              )}
            </>
          ) : null}
          <p class="utrecht-paragraph msd-notes">{t('statusLegend', {}, locale)}</p>
          <DownloadLinks path={path} params={filterParams(data)} locale={locale} />
        </>
      )}
      {data.goalNodes.length > 0 ? (
        <>
          <h2 class="utrecht-heading-2">
            {t('dashSteeringHeading', { period: filters.period ?? '' }, locale)}
          </h2>
          {canEdit && filters.period !== undefined ? (
            <EditLinks
              target={{ indicator: indicator.id, period: filters.period }}
              subject={indicator.name}
              locale={locale}
            />
          ) : null}
          {data.goalNodes.map((n) => (
            <section class="msd-card" aria-label={n.title}>
              <p class="utrecht-paragraph">
                <StatusBadge status={n.status} mark={n.mark} /> — {n.sentence}
              </p>
              <p class="utrecht-paragraph msd-notes">{n.reason}</p>
              {n.narrativeHtml ? (
                <div class="msd-narrative" dangerouslySetInnerHTML={{ __html: n.narrativeHtml }} />
              ) : null}
              {canEdit && filters.period !== undefined ? (
                <EditLinks
                  narrative={{ node: n.id, period: filters.period }}
                  subject={n.title}
                  locale={locale}
                />
              ) : null}
            </section>
          ))}
        </>
      ) : null}
      <h2 class="utrecht-heading-2">{t('dashHowComputed', {}, locale)}</h2>
      <dl class="msd-facts">
        <dt>{t('dashDefinition', {}, locale)}</dt>
        <dd>{definition?.definitionNl ?? t('dashImportedNoDefinition', {}, locale)}</dd>
        <dt>{t('dashOrigin', {}, locale)}</dt>
        <dd>{t(ORIGIN_KEYS[indicator.origin], {}, locale)}</dd>
        {definition ? (
          <>
            <dt>{t('dashSource', {}, locale)}</dt>
            <dd>{definition.source}</dd>
          </>
        ) : null}
        {data.sources.length > 0 ? (
          <>
            <dt>{t('dashDeliveredUpTo', {}, locale)}</dt>
            <dd>
              {data.sources
                .map(
                  (s) =>
                    `${t(SOURCE_KEYS[s.source as keyof typeof SOURCE_KEYS] ?? 'dashSourceClaim', {}, locale)}: ${
                      s.date ? formatDate(s.date, locale) : t('dashNotDelivered', {}, locale)
                    }`,
                )
                .join('; ')}
            </dd>
          </>
        ) : null}
        <dt>{t('dashStatusRule', {}, locale)}</dt>
        <dd>{t('dashStatusRuleText', {}, locale)}</dd>
        <dt>{t('dashDisclosure', {}, locale)}</dt>
        <dd>{t('disclosureNote', {}, locale)}</dd>
      </dl>
    </PageLayout>
  );
}

const DOMAIN_SLUGS = {
  youth: 'jeugd',
  support: 'wmo',
  participation: 'participatie',
  integral: 'integraal',
} as const;
const DOMAIN_NAMES = {
  youth: 'Jeugd',
  support: 'Wmo',
  participation: 'Participatie',
  integral: 'Integraal',
} as const;

export const domainSlug = (domain: keyof typeof DOMAIN_SLUGS): string => DOMAIN_SLUGS[domain];
export const domainName = (domain: keyof typeof DOMAIN_NAMES): string => DOMAIN_NAMES[domain];

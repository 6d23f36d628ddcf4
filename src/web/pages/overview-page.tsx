/** @module The overview pages: `/domein/<domein>` (the domain's indicators for the gemeente and an area; integraal adds the law-combination matrix) and `/wijk/<code>` (every indicator for one area against the gemeente). */
import type { JSX } from 'preact';
import { t, type Locale } from '../../views/messages.ts';
import { FigureTable, type FigureTableModel } from './figure-table.tsx';
import { DownloadLinks, FilterForm, type FilterChoice } from './filter-form.tsx';
import { PageLayout } from './page-layout.tsx';

export interface OverviewPageProps {
  title: string;
  lead: string;
  path: string;
  params: Record<string, string | undefined>;
  choices: readonly FilterChoice[];
  tables: readonly { heading: string; table: FigureTableModel; note?: string }[];
  /** Said when there are no tables (never an empty page without a word of why). */
  emptyReason?: string;
  locale?: Locale;
}

export function OverviewPage({
  title,
  lead,
  path,
  params,
  choices,
  tables,
  emptyReason,
  locale = 'nl',
}: OverviewPageProps): JSX.Element {
  return (
    <PageLayout title={title} locale={locale}>
      <nav aria-label={t('dashBreadcrumb', {}, locale)} class="msd-breadcrumb">
        <a class="utrecht-link" href="/">
          {t('navHome', {}, locale)}
        </a>
      </nav>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{lead}</p>
      <FilterForm action={path} choices={choices} locale={locale} />
      {tables.length === 0 ? (
        <div class="utrecht-alert utrecht-alert--info" role="status">
          <p class="utrecht-paragraph">{emptyReason ?? t('noData', {}, locale)}</p>
        </div>
      ) : (
        <>
          {tables.map(({ heading, table, note }) => (
            <>
              <h2 class="utrecht-heading-2">{heading}</h2>
              <FigureTable table={table} locale={locale} />
              {note ? <p class="utrecht-paragraph">{note}</p> : null}
            </>
          ))}
          <p class="utrecht-paragraph msd-notes">{t('statusLegend', {}, locale)}</p>
          <DownloadLinks path={path} params={params} locale={locale} />
        </>
      )}
    </PageLayout>
  );
}

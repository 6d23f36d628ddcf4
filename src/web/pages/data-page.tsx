/** @module The `/data` page: freshness per source, ingested batches and quarantine reasons (file names, counts, positions and reasons — never personal data). */
import type { JSX } from 'preact';
import type { BatchRow, QuarantineRow } from '../../ingest/batch-report.ts';
import { formatNumber, sourceKindName, t, type Locale } from '../../views/messages.ts';
import type { DeliveryDates } from '../../domain/delivery-sources.ts';
import { FreshnessList } from './freshness-list.tsx';
import { PageLayout } from './page-layout.tsx';

export interface DataPageProps {
  batches: readonly BatchRow[];
  quarantine: readonly QuarantineRow[];
  quarantineTotal: number;
  /** Per source, the date up to which it has delivered (shown when given). */
  deliveryDates?: DeliveryDates;
  locale?: Locale;
}

const count = (n: number | null, locale: Locale) => (n === null ? '' : formatNumber(n, locale));

export function DataPage({
  batches,
  quarantine,
  quarantineTotal,
  deliveryDates,
  locale = 'nl',
}: DataPageProps): JSX.Element {
  return (
    <PageLayout title={t('dataTitle', {}, locale)} locale={locale}>
      <h1 class="utrecht-heading-1">{t('dataTitle', {}, locale)}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t('dataLead', {}, locale)}</p>
      {/* The page is for analysts and admins only (route access), who may upload: the way to the upload form. */}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/gegevensleveringen/uploaden">
          {t('uploadLink', {}, locale)}
        </a>
      </p>
      {deliveryDates ? (
        <>
          <h2 class="utrecht-heading-2">{t('dashFreshness', {}, locale)}</h2>
          <FreshnessList dates={deliveryDates} locale={locale} />
        </>
      ) : null}
      <h2 class="utrecht-heading-2">{t('batchesHeading', {}, locale)}</h2>
      {batches.length === 0 ? (
        <p class="utrecht-paragraph">{t('noBatches', {}, locale)}</p>
      ) : (
        <div class="msd-table-scroll" tabIndex={0} role="region" aria-label={t('batchesHeading', {}, locale)}>
          <table class="utrecht-table utrecht-table--html-table">
            <caption class="utrecht-table__caption">{t('batchesCaption', {}, locale)}</caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                {(['batchNo', 'receivedAt', 'sourceKind', 'fileName', 'batchStatus'] as const).map((key) => (
                  <th scope="col" class="utrecht-table__header-cell">
                    {t(key, {}, locale)}
                  </th>
                ))}
                {(['read', 'stored', 'replaced', 'quarantined'] as const).map((key) => (
                  <th scope="col" class="utrecht-table__header-cell utrecht-table__header-cell--numeric">
                    {t(key, {}, locale)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {batches.map((b) => (
                <tr class="utrecht-table__row">
                  <td class="utrecht-table__cell">{b.id}</td>
                  <td class="utrecht-table__cell">{b.received_at}</td>
                  <td class="utrecht-table__cell">{sourceKindName(b.source, locale)}</td>
                  <td class="utrecht-table__cell">{b.file}</td>
                  <td class="utrecht-table__cell">
                    {b.status === 'stored' ? t('statusStored', {}, locale) : t('statusRejected', {}, locale)}
                    {b.error ? ` — ${b.error}` : ''}
                  </td>
                  <td class="utrecht-table__cell utrecht-table__cell--numeric">{count(b.read, locale)}</td>
                  <td class="utrecht-table__cell utrecht-table__cell--numeric">{count(b.stored, locale)}</td>
                  <td class="utrecht-table__cell utrecht-table__cell--numeric">
                    {count(b.replaced, locale)}
                  </td>
                  <td class="utrecht-table__cell utrecht-table__cell--numeric">
                    {count(b.quarantined, locale)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2 class="utrecht-heading-2">{t('quarantineHeading', {}, locale)}</h2>
      {quarantine.length === 0 ? (
        <p class="utrecht-paragraph">{t('noQuarantine', {}, locale)}</p>
      ) : (
        <>
          <p class="utrecht-paragraph">
            {t('quarantineShown', { shown: quarantine.length, total: quarantineTotal }, locale)}
          </p>
          <div
            class="msd-table-scroll"
            tabIndex={0}
            role="region"
            aria-label={t('quarantineHeading', {}, locale)}
          >
            <table class="utrecht-table utrecht-table--html-table">
              <caption class="utrecht-table__caption">{t('quarantineCaption', {}, locale)}</caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  {(['batchNo', 'fileName', 'messageId', 'position', 'reason'] as const).map((key) => (
                    <th scope="col" class="utrecht-table__header-cell">
                      {t(key, {}, locale)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                {quarantine.map((q) => (
                  <tr class="utrecht-table__row">
                    <td class="utrecht-table__cell">{q.batch}</td>
                    <td class="utrecht-table__cell">{q.file}</td>
                    <td class="utrecht-table__cell">{q.message_id ?? ''}</td>
                    <td class="utrecht-table__cell">{q.position}</td>
                    {/* Reasons are written by the ingest in Dutch: marked as such on a page in another language (WCAG 3.1.2). */}
                    <td class="utrecht-table__cell" lang={locale === 'nl' ? undefined : 'nl'}>
                      {q.reason}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </PageLayout>
  );
}

/** @module `/admin/audit`: the audit trail as a paged table, newest first, with links to newer and older pages. */
import type { JSX } from 'preact';
import type { AuditEntry } from '../../access/audit-log.ts';
import { formatNumber, t, type Locale } from '../../views/messages.ts';
import { PageLayout } from './page-layout.tsx';

export interface AuditPageProps {
  entries: readonly AuditEntry[];
  page: number;
  pageSize: number;
  total: number;
  locale?: Locale;
}

const COLUMNS = ['auditWhen', 'auditWho', 'auditWhat', 'auditObject', 'auditFrom', 'auditOutcome'] as const;

export function AuditPage({ entries, page, pageSize, total, locale = 'nl' }: AuditPageProps): JSX.Element {
  const first = (page - 1) * pageSize + 1;
  const last = first + entries.length - 1;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <PageLayout title={t('auditTitle', {}, locale)} locale={locale}>
      <h1 class="utrecht-heading-1">{t('auditTitle', {}, locale)}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t('auditLead', {}, locale)}</p>
      {entries.length === 0 ? (
        <p class="utrecht-paragraph">{t('auditEmpty', {}, locale)}</p>
      ) : (
        <div class="msd-table-scroll" tabIndex={0} role="region" aria-label={t('auditTitle', {}, locale)}>
          <table class="utrecht-table utrecht-table--html-table">
            <caption class="utrecht-table__caption">
              {t(
                'auditCaption',
                {
                  first: formatNumber(first, locale),
                  last: formatNumber(last, locale),
                  total: formatNumber(total, locale),
                },
                locale,
              )}
            </caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                {COLUMNS.map((key) => (
                  <th scope="col" class="utrecht-table__header-cell">
                    {t(key, {}, locale)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {entries.map((e) => (
                <tr class="utrecht-table__row">
                  <td class="utrecht-table__cell">{e.at.replace('T', ' ').slice(0, 19)}</td>
                  <td class="utrecht-table__cell">{e.actor}</td>
                  <td class="utrecht-table__cell">{e.action}</td>
                  <td class="utrecht-table__cell">{e.object}</td>
                  <td class="utrecht-table__cell">{e.origin}</td>
                  <td class="utrecht-table__cell">{e.outcome}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 ? (
        <nav aria-label={t('auditPages', {}, locale)}>
          <p class="utrecht-paragraph">
            {page > 1 ? (
              <a class="utrecht-link" href={`/admin/audit?page=${page - 1}`}>
                {t('auditPrevious', {}, locale)}
              </a>
            ) : null}
            {page > 1 && page < pages ? ' · ' : null}
            {page < pages ? (
              <a class="utrecht-link" href={`/admin/audit?page=${page + 1}`}>
                {t('auditNext', {}, locale)}
              </a>
            ) : null}
          </p>
        </nav>
      ) : null}
    </PageLayout>
  );
}

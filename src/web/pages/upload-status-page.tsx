/** @module The status of one browser upload: its stage (refreshing itself with a meta refresh until done), then per file the result and counts, and every quarantine reason (file, position, reason) in the words `/data` and the CLI use. */
import type { JSX } from 'preact';
import { batchStatusLabel, formatNumber, sourceKindName, t, type MessageKey } from '../../views/messages.ts';
import type { UploadJob } from '../upload-jobs.ts';
import { sizeText } from '../upload-receiver.ts';
import { PageLayout } from './page-layout.tsx';

/** Seconds between refreshes while the job runs. */
export const UPLOAD_REFRESH_SECONDS = 2;

const STAGE_TEXT: Record<UploadJob['stage'], MessageKey> = {
  ontvangen: 'uploadStage_ontvangen',
  inlezen: 'uploadStage_inlezen',
  herberekenen: 'uploadStage_herberekenen',
  klaar: 'uploadStage_klaar',
  mislukt: 'uploadStage_mislukt',
};

/** The alert's look: error for a failed run or a rejected file, warning when lines went to quarantine. */
function alertKind(job: UploadJob, running: boolean): 'error' | 'warning' | 'info' | 'ok' {
  if (job.stage === 'mislukt' || job.outcomes.some((o) => o.result?.status === 'rejected')) return 'error';
  if (running) return 'info';
  return job.quarantine.length > 0 ? 'warning' : 'ok';
}

export function UploadStatusPage({ job }: { job: UploadJob }): JSX.Element {
  const running = job.stage !== 'klaar' && job.stage !== 'mislukt';
  const rejected = job.outcomes.filter((o) => o.result?.status === 'rejected');
  return (
    <PageLayout
      title={t('uploadStatusTitle')}
      head={running ? <meta http-equiv="refresh" content={String(UPLOAD_REFRESH_SECONDS)} /> : null}
    >
      <h1 class="utrecht-heading-1">{t('uploadStatusTitle')}</h1>
      <div class={`utrecht-alert utrecht-alert--${alertKind(job, running)}`} role="status">
        {/* One block, so the sentences stack at every width. */}
        <div>
          <p class="utrecht-paragraph" data-stage={job.stage}>
            {t(STAGE_TEXT[job.stage], { reason: job.error ?? '' })}
          </p>
          {job.recomputed ? <p class="utrecht-paragraph">{job.recomputed}</p> : null}
          {rejected.map((o) => (
            <p class="utrecht-paragraph">{t('cliRejected', { reason: o.result?.error ?? o.name })}</p>
          ))}
        </div>
      </div>
      {running ? <p class="utrecht-paragraph">{t('uploadRefreshing')}</p> : null}
      <h2 class="utrecht-heading-2">{t('uploadFilesHeading')}</h2>
      <div class="msd-table-scroll" tabIndex={0} role="region" aria-label={t('uploadFilesHeading')}>
        <table class="utrecht-table utrecht-table--html-table">
          <caption class="utrecht-table__caption">{t('uploadFilesCaption')}</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              {(['fileName', 'uploadSize', 'sourceKind', 'uploadResult'] as const).map((key) => (
                <th scope="col" class="utrecht-table__header-cell">
                  {t(key)}
                </th>
              ))}
              {(['read', 'stored', 'replaced', 'quarantined'] as const).map((key) => (
                <th scope="col" class="utrecht-table__header-cell utrecht-table__header-cell--numeric">
                  {t(key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {job.outcomes.map(({ name, bytes, result }) => (
              <tr class="utrecht-table__row">
                <td class="utrecht-table__cell">{name}</td>
                <td class="utrecht-table__cell">{sizeText(bytes)}</td>
                <td class="utrecht-table__cell">{result ? sourceKindName(result.source) : ''}</td>
                <td class="utrecht-table__cell">
                  {result ? batchStatusLabel(result.status) : t('uploadWaiting')}
                </td>
                {(['read', 'stored', 'replaced', 'quarantined'] as const).map((key) => (
                  <td class="utrecht-table__cell utrecht-table__cell--numeric">
                    {result ? formatNumber(result.counts[key]) : ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {running ? null : (
        <>
          <h2 class="utrecht-heading-2">{t('uploadQuarantineHeading')}</h2>
          {job.quarantine.length === 0 ? (
            <p class="utrecht-paragraph">{t('uploadQuarantineNone')}</p>
          ) : (
            <>
              <p class="utrecht-paragraph">{t('uploadQuarantineCount', { count: job.quarantine.length })}</p>
              <div
                class="msd-table-scroll"
                tabIndex={0}
                role="region"
                aria-label={t('uploadQuarantineHeading')}
              >
                <table class="utrecht-table utrecht-table--html-table">
                  <caption class="utrecht-table__caption">{t('uploadQuarantineCaption')}</caption>
                  <thead class="utrecht-table__header">
                    <tr class="utrecht-table__row">
                      {(['batchNo', 'fileName', 'messageId', 'position', 'reason'] as const).map((key) => (
                        <th scope="col" class="utrecht-table__header-cell">
                          {t(key)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody class="utrecht-table__body">
                    {job.quarantine.map((q) => (
                      <tr class="utrecht-table__row">
                        <td class="utrecht-table__cell">{q.batch}</td>
                        <td class="utrecht-table__cell">{q.file}</td>
                        <td class="utrecht-table__cell">{q.message_id ?? ''}</td>
                        <td class="utrecht-table__cell">{q.position}</td>
                        <td class="utrecht-table__cell">{q.reason}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </>
      )}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/data">
          {t('uploadToData')}
        </a>
        {' · '}
        <a class="utrecht-link" href="/gegevensleveringen/uploaden">
          {t('uploadAnother')}
        </a>
      </p>
    </PageLayout>
  );
}
